package org.maqal.lesson;

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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.ShortAnswer;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;

/**
 * Items as JSON objects of lesson files, version 1. Every item has {@code id}, {@code type}
 * ({@code multiple_choice}, {@code true_false}, {@code gap_fill}, {@code matching}, {@code ordering},
 * {@code short_answer}, {@code open_question}, {@code vocabulary}, {@code table}), {@code prompt},
 * {@code answer} (text, true/false, a list, a list of {@code {left, right}} pairs, rows of cells, or
 * null for an open question), {@code options} where it is a choice, {@code source}
 * ({@code {article, sentence}} or null), {@code sources} when there are several, {@code points}, and
 * {@code notes} when there are any.
 */
final class ItemJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ItemJson() {
    }

    static String typeCode(ItemType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    static ObjectNode write(Item item) {
        ObjectNode o = NODES.objectNode();
        o.put("id", item.id());
        o.put("type", typeCode(item.type()));
        o.put("prompt", item.prompt());
        writeAnswer(o, item);
        if (item.sources().isEmpty()) {
            o.putNull("source");
        } else {
            o.set("source", source(item.sources().get(0)));
        }
        if (item.sources().size() > 1) {
            ArrayNode all = o.putArray("sources");
            item.sources().forEach(s -> all.add(source(s)));
        }
        o.put("points", item.points());
        if (!item.notes().isEmpty()) o.put("notes", item.notes());
        return o;
    }

    private static void writeAnswer(ObjectNode o, Item item) {
        if (item instanceof MultipleChoice m) {
            o.put("answer", m.answer());
            strings(o.putArray("options"), m.options());
        } else if (item instanceof TrueFalse t) {
            o.put("answer", t.answer());
            o.putArray("options").add(true).add(false);
        } else if (item instanceof GapFill g) {
            o.put("answer", g.answer());
            if (!g.options().isEmpty()) strings(o.putArray("options"), g.options());
        } else if (item instanceof Matching m) {
            ArrayNode pairs = o.putArray("answer");
            for (Matching.Pair p : m.answer()) pairs.addObject().put("left", p.left()).put("right", p.right());
            strings(o.putArray("options"), m.options());
        } else if (item instanceof Ordering r) {
            strings(o.putArray("answer"), r.answer());
            strings(o.putArray("options"), r.options());
        } else if (item instanceof ShortAnswer s) {
            o.put("answer", s.answer());
            strings(o.putArray("accepted"), s.accepted());
        } else if (item instanceof OpenQuestion q) {
            o.putNull("answer");
            o.put("guidance", q.guidance());
        } else if (item instanceof VocabularyEntry v) {
            o.put("answer", v.answer());
            o.put("headword", v.headword());
            strings(o.putArray("forms"), v.forms());
            o.put("count", v.count());
            o.put("articles", v.articles());
            o.put("example", v.example());
            o.put("topic", v.topic());
        } else if (item instanceof TableSheet t) {
            ArrayNode rows = o.putArray("answer");
            for (List<String> row : t.answer()) strings(rows.addArray(), row);
            strings(o.putArray("columns"), t.columns());
            ArrayNode student = o.putArray("studentColumns");
            t.studentColumns().forEach(student::add);
        } else {
            throw new IllegalStateException("No JSON form for " + item.type());
        }
    }

    /** The item an object describes; refuses a missing or mistyped field with {@link Malformed}. */
    static Item read(JsonNode o, String path) {
        Fields.object(o, path);
        String id = text(o, "id", path);
        String code = text(o, "type", path);
        String prompt = text(o, "prompt", path);
        List<Source> sources = sources(o, path);
        int points = integer(o, "points", path);
        String notes = optText(o, "notes", path);
        return switch (type(code, path)) {
            case MULTIPLE_CHOICE -> new MultipleChoice(id, prompt, texts(o, "options", path), text(o, "answer", path),
                    sources, points, notes);
            case TRUE_FALSE -> new TrueFalse(id, prompt, bool(o, "answer", path), sources, points, notes);
            case GAP_FILL -> new GapFill(id, prompt, text(o, "answer", path), optTexts(o, "options", path),
                    sources, points, notes);
            case MATCHING -> new Matching(id, prompt, pairs(o, path), texts(o, "options", path), sources, points, notes);
            case ORDERING -> new Ordering(id, prompt, texts(o, "answer", path), texts(o, "options", path),
                    sources, points, notes);
            case SHORT_ANSWER -> new ShortAnswer(id, prompt, text(o, "answer", path), optTexts(o, "accepted", path),
                    sources, points, notes);
            case OPEN_QUESTION -> new OpenQuestion(id, prompt, optText(o, "guidance", path), sources, points, notes);
            case VOCABULARY -> new VocabularyEntry(id, prompt, text(o, "headword", path), optTexts(o, "forms", path),
                    integer(o, "count", path), integer(o, "articles", path), optText(o, "example", path),
                    optText(o, "answer", path), bool(o, "topic", path), sources, points, notes);
            case TABLE -> new TableSheet(id, prompt, texts(o, "columns", path), rows(o, path),
                    columns(o, path), sources, points, notes);
        };
    }

    private static ItemType type(String code, String path) {
        for (ItemType t : ItemType.values()) {
            if (typeCode(t).equals(code)) return t;
        }
        throw new Malformed(path + " has an unknown type \"" + code + "\"");
    }

    private static ObjectNode source(Source s) {
        return NODES.objectNode().put("article", s.articleId()).put("sentence", s.sentenceIndex());
    }

    private static List<Source> sources(JsonNode o, String path) {
        List<JsonNode> nodes = optArray(o, "sources", path);
        if (nodes.isEmpty()) {
            JsonNode one = o.get("source");
            if (one == null || one.isNull()) return List.of();
            nodes = List.of(one);
        }
        List<Source> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            String where = path + ".source";
            Fields.object(n, where);
            out.add(new Source(text(n, "article", where), integer(n, "sentence", where)));
        }
        return out;
    }

    private static List<Matching.Pair> pairs(JsonNode o, String path) {
        List<Matching.Pair> out = new ArrayList<>();
        for (JsonNode n : array(o, "answer", path)) {
            String where = path + ".answer";
            Fields.object(n, where);
            out.add(new Matching.Pair(text(n, "left", where), text(n, "right", where)));
        }
        return out;
    }

    private static List<List<String>> rows(JsonNode o, String path) {
        return Fields.rows(o, "answer", path);
    }

    private static List<Integer> columns(JsonNode o, String path) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : array(o, "studentColumns", path)) {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) throw new Malformed(path + ".studentColumns should hold column numbers");
            out.add(n.intValue());
        }
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
