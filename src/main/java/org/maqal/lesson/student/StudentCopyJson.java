package org.maqal.lesson.student;

import static org.maqal.lesson.Fields.array;
import static org.maqal.lesson.Fields.bool;
import static org.maqal.lesson.Fields.integer;
import static org.maqal.lesson.Fields.optArray;
import static org.maqal.lesson.Fields.optText;
import static org.maqal.lesson.Fields.optTexts;
import static org.maqal.lesson.Fields.text;
import static org.maqal.lesson.Fields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.maqal.lesson.Fields;
import org.maqal.lesson.Malformed;
import org.maqal.model.ItemType;
import org.maqal.model.Language;
import org.maqal.model.SectionKind;

/**
 * A student copy as a JSON tree: {@code {format, schemaVersion, copyId, made, lesson: {id, title,
 * language}, feedback, hashing: {algorithm, iterations, salt} (instant feedback only), articles:
 * [{id, title, outlet, date, text, sentences: [[start, end]…]}], sections: [{kind, instructions,
 * wordBank, items: [{id, type, prompt, options, lefts, columns, rows, studentColumns, headword, forms,
 * example, sources, points, articleOptional, check: [{part, hashes}]}]}]}}. Kind-specific fields are
 * written only for the kinds that have them; nothing in it is an answer.
 */
final class StudentCopyJson {
    private StudentCopyJson() {
    }

    static ObjectNode write(StudentCopy copy) {
        ObjectNode o = FileFormat.STUDENT_COPY.stamp();
        o.put("copyId", copy.copyId());
        o.put("made", copy.made().toString());
        o.putObject("lesson").put("id", copy.lessonId()).put("title", copy.title()).put("language", copy.language().code());
        o.put("feedback", copy.feedback().code());
        if (copy.hashing() != null) {
            o.putObject("hashing").put("algorithm", AnswerHasher.ALGORITHM).put("iterations", copy.hashing().iterations())
                    .put("salt", copy.hashing().salt());
        }
        ArrayNode articles = o.putArray("articles");
        for (StudentCopy.Article a : copy.articles()) {
            ObjectNode article = articles.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                    .put("date", a.date()).put("text", a.text());
            ArrayNode sentences = article.putArray("sentences");
            a.sentences().forEach(b -> sentences.addArray().add(b.start()).add(b.end()));
        }
        ArrayNode sections = o.putArray("sections");
        for (StudentCopy.Section s : copy.sections()) {
            ObjectNode section = sections.addObject().put("kind", JsonParts.code(s.kind()));
            JsonParts.instructions(section, s.instructions());
            if (!s.wordBank().isEmpty()) JsonParts.strings(section.putArray("wordBank"), s.wordBank());
            ArrayNode items = section.putArray("items");
            s.items().forEach(i -> items.add(item(i)));
        }
        return o;
    }

    private static ObjectNode item(StudentItem item) {
        ObjectNode o = JsonParts.object().put("id", item.id()).put("type", JsonParts.code(item.type())).put("prompt", item.prompt());
        if (!item.options().isEmpty()) JsonParts.strings(o.putArray("options"), item.options());
        if (!item.lefts().isEmpty()) JsonParts.strings(o.putArray("lefts"), item.lefts());
        item.sheet().ifPresent(t -> {
            JsonParts.strings(o.putArray("columns"), t.columns());
            ArrayNode rows = o.putArray("rows");
            t.rows().forEach(r -> JsonParts.strings(rows.addArray(), r));
            ArrayNode student = o.putArray("studentColumns");
            t.studentColumns().forEach(student::add);
        });
        item.vocabulary().ifPresent(w -> {
            o.put("headword", w.headword());
            JsonParts.strings(o.putArray("forms"), w.forms());
            o.put("example", w.example());
        });
        JsonParts.sources(o, item.sources());
        o.put("points", item.points());
        o.put("articleOptional", item.articleOptional());
        if (!item.checks().isEmpty()) {
            ArrayNode check = o.putArray("check");
            for (StudentItem.HashedPart p : item.checks()) JsonParts.strings(check.addObject().put("part", p.part()).putArray("hashes"), p.hashes());
        }
        return o;
    }

    /** The copy a tree of the current version describes; refuses with {@link Malformed} or IllegalArgumentException. */
    static StudentCopy read(JsonNode o) {
        JsonNode lesson = Fields.object(o.get("lesson"), "lesson");
        Language language = JsonParts.constant(Language.class, lesson, "language", "lesson");
        FeedbackMode feedback;
        try {
            feedback = FeedbackMode.of(text(o, "feedback", ""));
        } catch (IllegalArgumentException e) {
            throw new Malformed(e.getMessage());
        }
        StudentCopy.Hashing hashing = null;
        JsonNode h = o.get("hashing");
        if (h != null && !h.isNull()) {
            Fields.object(h, "hashing");
            if (!AnswerHasher.ALGORITHM.equals(text(h, "algorithm", "hashing"))) {
                throw new Malformed("hashing.algorithm is not " + AnswerHasher.ALGORITHM);
            }
            hashing = new StudentCopy.Hashing(integer(h, "iterations", "hashing"), text(h, "salt", "hashing"));
        }
        List<StudentCopy.Article> articles = new ArrayList<>();
        List<JsonNode> articleNodes = array(o, "articles", "");
        for (int i = 0; i < articleNodes.size(); i++) articles.add(article(articleNodes.get(i), "articles[" + i + "]"));
        List<StudentCopy.Section> sections = new ArrayList<>();
        List<JsonNode> sectionNodes = array(o, "sections", "");
        for (int i = 0; i < sectionNodes.size(); i++) sections.add(section(sectionNodes.get(i), "sections[" + i + "]"));
        return new StudentCopy(text(o, "copyId", ""), JsonParts.instant(o, "made", ""), text(lesson, "id", "lesson"),
                optText(lesson, "title", "lesson"), language, feedback, hashing, articles, sections);
    }

    private static StudentCopy.Article article(JsonNode node, String path) {
        JsonNode a = Fields.object(node, path);
        String text = text(a, "text", path);
        List<StudentCopy.Bounds> bounds = new ArrayList<>();
        for (JsonNode b : optArray(a, "sentences", path)) {
            if (!b.isArray() || b.size() != 2 || !b.get(0).canConvertToInt() || !b.get(1).canConvertToInt()
                    || b.get(1).intValue() > text.length()) {
                throw new Malformed(path + ".sentences should hold [start, end] pairs within the text");
            }
            bounds.add(new StudentCopy.Bounds(b.get(0).intValue(), b.get(1).intValue()));
        }
        return new StudentCopy.Article(text(a, "id", path), optText(a, "title", path), optText(a, "outlet", path),
                optText(a, "date", path), text, bounds);
    }

    private static StudentCopy.Section section(JsonNode node, String path) {
        JsonNode s = Fields.object(node, path);
        List<StudentItem> items = new ArrayList<>();
        List<JsonNode> itemNodes = array(s, "items", path);
        for (int i = 0; i < itemNodes.size(); i++) items.add(item(itemNodes.get(i), path + ".items[" + i + "]"));
        return new StudentCopy.Section(JsonParts.constant(SectionKind.class, s, "kind", path), JsonParts.instructions(s, path),
                optTexts(s, "wordBank", path), items);
    }

    private static StudentItem item(JsonNode node, String path) {
        JsonNode o = Fields.object(node, path);
        ItemType type = JsonParts.constant(ItemType.class, o, "type", path);
        StudentItem.Table table = null;
        if (type == ItemType.TABLE) {
            table = new StudentItem.Table(texts(o, "columns", path), Fields.rows(o, "rows", path),
                    JsonParts.integers(o, "studentColumns", path));
        }
        StudentItem.Word word = type != ItemType.VOCABULARY ? null
                : new StudentItem.Word(text(o, "headword", path), optTexts(o, "forms", path), optText(o, "example", path));
        List<StudentItem.HashedPart> checks = new ArrayList<>();
        for (JsonNode c : optArray(o, "check", path)) {
            Fields.object(c, path + ".check");
            checks.add(new StudentItem.HashedPart(text(c, "part", path + ".check"), optTexts(c, "hashes", path + ".check")));
        }
        return new StudentItem(text(o, "id", path), type, text(o, "prompt", path), optTexts(o, "options", path),
                optTexts(o, "lefts", path), table, word, JsonParts.sources(o, path), integer(o, "points", path),
                bool(o, "articleOptional", path), checks);
    }
}
