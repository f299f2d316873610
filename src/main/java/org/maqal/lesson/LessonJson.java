package org.maqal.lesson;

import static org.maqal.lesson.Fields.array;
import static org.maqal.lesson.Fields.bool;
import static org.maqal.lesson.Fields.longInteger;
import static org.maqal.lesson.Fields.optText;
import static org.maqal.lesson.Fields.optTexts;
import static org.maqal.lesson.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.maqal.model.AnswerRules;
import org.maqal.model.ArticleRef;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/**
 * A lesson as the JSON tree of a version-1 lesson file:
 * {@code {schemaVersion, id, title, language, seed, created, articles: [{id, title, outlet, date,
 * contentHash}], sections: [{kind, instructions: {arabic, english}, wordBank, skipped, items}]}}, and
 * {@code answerRules: {articleOptional, items: {ID: true|false}}} when the lesson marks less strictly
 * than {@link AnswerRules#STRICT} (absent means strict).
 */
final class LessonJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonJson() {
    }

    static ObjectNode write(Lesson lesson) {
        ObjectNode o = NODES.objectNode();
        o.put("schemaVersion", Migrations.CURRENT);
        o.put("id", lesson.id());
        o.put("title", lesson.title());
        o.put("language", lesson.language().code());
        o.put("seed", lesson.seed());
        o.put("created", lesson.created().toString());
        ArrayNode articles = o.putArray("articles");
        for (ArticleRef a : lesson.articles()) {
            articles.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                    .put("date", a.date()).put("contentHash", a.contentHash());
        }
        ArrayNode sections = o.putArray("sections");
        for (Section s : lesson.sections()) {
            ObjectNode section = sections.addObject();
            section.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            section.putObject("instructions").put("arabic", s.instructions().arabic()).put("english", s.instructions().english());
            if (!s.wordBank().isEmpty()) s.wordBank().forEach(section.putArray("wordBank")::add);
            if (!s.skipped().isEmpty()) s.skipped().forEach(section.putArray("skipped")::add);
            ArrayNode items = section.putArray("items");
            s.items().forEach(item -> items.add(ItemJson.write(item)));
        }
        if (!lesson.rules().equals(AnswerRules.STRICT)) {
            ObjectNode rules = o.putObject("answerRules").put("articleOptional", lesson.rules().articleOptional());
            ObjectNode items = rules.putObject("items");
            new TreeMap<>(lesson.rules().items()).forEach(items::put);
        }
        return o;
    }

    /**
     * The lesson a current-version tree describes.
     *
     * @throws Malformed for a missing or mistyped field
     * @throws IllegalArgumentException for content the model refuses
     */
    static Lesson read(JsonNode o) {
        String id = text(o, "id", "");
        Language language = language(text(o, "language", ""));
        long seed = longInteger(o, "seed", "");
        Instant created;
        try {
            created = Instant.parse(text(o, "created", ""));
        } catch (DateTimeParseException e) {
            throw new Malformed("\"created\" should be a time such as 2025-01-31T09:00:00Z");
        }
        List<ArticleRef> articles = new ArrayList<>();
        List<JsonNode> articleNodes = array(o, "articles", "");
        for (int i = 0; i < articleNodes.size(); i++) {
            String path = "articles[" + i + "]";
            JsonNode a = Fields.object(articleNodes.get(i), path);
            articles.add(new ArticleRef(text(a, "id", path), optText(a, "title", path), optText(a, "outlet", path),
                    optText(a, "date", path), text(a, "contentHash", path)));
        }
        List<Section> sections = new ArrayList<>();
        List<JsonNode> sectionNodes = array(o, "sections", "");
        for (int i = 0; i < sectionNodes.size(); i++) sections.add(section(sectionNodes.get(i), "sections[" + i + "]"));
        return new Lesson(id, optText(o, "title", ""), language, articles, sections, seed, created, rules(o));
    }

    private static AnswerRules rules(JsonNode o) {
        JsonNode node = o.get("answerRules");
        if (node == null || node.isNull()) return AnswerRules.STRICT;
        Fields.object(node, "answerRules");
        Map<String, Boolean> items = new LinkedHashMap<>();
        JsonNode itemNodes = node.get("items");
        if (itemNodes != null && !itemNodes.isNull()) {
            Fields.object(itemNodes, "answerRules.items");
            itemNodes.fieldNames().forEachRemaining(id -> items.put(id, bool(itemNodes, id, "answerRules.items")));
        }
        return new AnswerRules(bool(node, "articleOptional", "answerRules"), items);
    }

    private static Section section(JsonNode node, String path) {
        JsonNode s = Fields.object(node, path);
        SectionKind kind = kind(text(s, "kind", path), path);
        JsonNode instructions = Fields.object(s.get("instructions"), path + ".instructions");
        List<Item> items = new ArrayList<>();
        List<JsonNode> itemNodes = array(s, "items", path);
        for (int i = 0; i < itemNodes.size(); i++) items.add(ItemJson.read(itemNodes.get(i), path + ".items[" + i + "]"));
        return new Section(kind,
                new Instructions(optText(instructions, "arabic", path + ".instructions"),
                        optText(instructions, "english", path + ".instructions")),
                items, optTexts(s, "wordBank", path), optTexts(s, "skipped", path));
    }

    private static Language language(String code) {
        for (Language l : Language.values()) {
            if (l.code().equals(code)) return l;
        }
        throw new Malformed("\"language\" should be \"ar\" or \"en\", not \"" + code + "\"");
    }

    private static SectionKind kind(String code, String path) {
        for (SectionKind k : SectionKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(code)) return k;
        }
        throw new Malformed(path + " has an unknown kind \"" + code + "\"");
    }
}
