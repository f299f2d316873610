package org.maqal.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of fields in a JSON tree, refusing with {@link Malformed} a missing required field or
 * a field of the wrong type. {@code path} names the object for the message ({@code sections[1]}).
 * Public for the lesson subpackages, not for other layers.
 */
public final class Fields {
    private Fields() {
    }

    public static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw new Malformed(path + " should be an object {…}");
        return node;
    }

    public static String text(JsonNode parent, String name, String path) {
        JsonNode v = required(parent, name, path);
        if (!v.isTextual()) throw new Malformed(where(path, name) + " should be text in quotes");
        return v.textValue();
    }

    /** Optional text: absent or null reads as empty. */
    public static String optText(JsonNode parent, String name, String path) {
        JsonNode v = parent.get(name);
        return v == null || v.isNull() ? "" : text(parent, name, path);
    }

    public static int integer(JsonNode parent, String name, String path) {
        JsonNode v = required(parent, name, path);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new Malformed(where(path, name) + " should be a whole number");
        return v.intValue();
    }

    public static long longInteger(JsonNode parent, String name, String path) {
        JsonNode v = required(parent, name, path);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw new Malformed(where(path, name) + " should be a whole number");
        return v.longValue();
    }

    public static boolean bool(JsonNode parent, String name, String path) {
        JsonNode v = required(parent, name, path);
        if (!v.isBoolean()) throw new Malformed(where(path, name) + " should be true or false");
        return v.booleanValue();
    }

    public static List<JsonNode> array(JsonNode parent, String name, String path) {
        JsonNode v = required(parent, name, path);
        if (!v.isArray()) throw new Malformed(where(path, name) + " should be a list […]");
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** Optional list: absent or null reads as empty. */
    public static List<JsonNode> optArray(JsonNode parent, String name, String path) {
        JsonNode v = parent.get(name);
        return v == null || v.isNull() ? List.of() : array(parent, name, path);
    }

    public static List<String> texts(JsonNode parent, String name, String path) {
        return texts(array(parent, name, path), where(path, name));
    }

    public static List<String> optTexts(JsonNode parent, String name, String path) {
        return texts(optArray(parent, name, path), where(path, name));
    }

    public static List<String> texts(List<JsonNode> nodes, String path) {
        List<String> out = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            if (!n.isTextual()) throw new Malformed(path + " should hold only text in quotes");
            out.add(n.textValue());
        }
        return out;
    }

    /** A list of rows, each a list of texts (the cells of a table). */
    public static List<List<String>> rows(JsonNode parent, String name, String path) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode row : array(parent, name, path)) {
            if (!row.isArray()) throw new Malformed(where(path, name) + " should be a list of rows, each a list of cells");
            List<JsonNode> cells = new ArrayList<>();
            row.forEach(cells::add);
            out.add(texts(cells, where(path, name)));
        }
        return out;
    }

    public static String where(String path, String name) {
        return path.isEmpty() ? "\"" + name + "\"" : path + "." + name;
    }

    private static JsonNode required(JsonNode parent, String name, String path) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) throw new Malformed((path.isEmpty() ? "the lesson" : path) + " has no \"" + name + "\"");
        return v;
    }
}
