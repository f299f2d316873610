package org.maqal.lesson.student;

import static org.maqal.lesson.Fields.integer;
import static org.maqal.lesson.Fields.optArray;
import static org.maqal.lesson.Fields.optText;
import static org.maqal.lesson.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maqal.lesson.Fields;
import org.maqal.lesson.Malformed;
import org.maqal.model.Instructions;
import org.maqal.model.Source;

/** JSON pieces shared by the files of this package; refusals are {@link Malformed} clauses. */
final class JsonParts {
    private JsonParts() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The lower-case name of an enum constant, as files write it. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose {@link #code} is this field's text. */
    static <E extends Enum<E>> E constant(Class<E> type, JsonNode parent, String name, String path) {
        String code = text(parent, name, path);
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(code)) return e;
        }
        throw new Malformed(Fields.where(path, name) + " has an unknown value \"" + code + "\"");
    }

    static Instant instant(JsonNode parent, String name, String path) {
        try {
            return Instant.parse(text(parent, name, path));
        } catch (DateTimeParseException e) {
            throw new Malformed(Fields.where(path, name) + " should be a time such as 2025-01-31T09:00:00Z");
        }
    }

    /** An optional time: absent or null reads as null. */
    static Instant optInstant(JsonNode parent, String name, String path) {
        JsonNode v = parent.get(name);
        return v == null || v.isNull() ? null : instant(parent, name, path);
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static void sources(ObjectNode o, List<Source> sources) {
        ArrayNode all = o.putArray("sources");
        sources.forEach(s -> all.addObject().put("article", s.articleId()).put("sentence", s.sentenceIndex()));
    }

    static List<Source> sources(JsonNode o, String path) {
        List<Source> out = new ArrayList<>();
        for (JsonNode n : optArray(o, "sources", path)) {
            String where = path + ".sources";
            Fields.object(n, where);
            out.add(new Source(text(n, "article", where), integer(n, "sentence", where)));
        }
        return out;
    }

    static void instructions(ObjectNode o, Instructions instructions) {
        o.putObject("instructions").put("arabic", instructions.arabic()).put("english", instructions.english());
    }

    static Instructions instructions(JsonNode o, String path) {
        JsonNode i = Fields.object(o.get("instructions"), path + ".instructions");
        return new Instructions(optText(i, "arabic", path + ".instructions"), optText(i, "english", path + ".instructions"));
    }

    /** A list of whole numbers. */
    static List<Integer> integers(JsonNode parent, String name, String path) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : optArray(parent, name, path)) {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) throw new Malformed(Fields.where(path, name) + " should hold whole numbers");
            out.add(n.intValue());
        }
        return out;
    }
}
