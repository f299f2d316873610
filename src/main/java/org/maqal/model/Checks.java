package org.maqal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the lesson records; messages are clauses a teacher can read. */
final class Checks {
    private Checks() {
    }

    /** A non-blank id, as given. */
    static String id(String id, String what) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException(what + " needs a non-blank id");
        return id;
    }

    /** Text that may be empty; null becomes empty. */
    static String text(String text) {
        return text == null ? "" : text;
    }

    /** Text that must say something. */
    static String required(String text, String what) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(what + " is empty");
        return text;
    }

    static int points(int points, String itemId) {
        if (points < 0) throw new IllegalArgumentException("item \"" + itemId + "\" has negative points (" + points + ")");
        return points;
    }

    /** An immutable copy of a list without nulls; null becomes empty. */
    static <T> List<T> list(List<T> list, String what) {
        if (list == null) return List.of();
        for (T t : list) Objects.requireNonNull(t, () -> what + " holds a null");
        return List.copyOf(list);
    }

    /** An immutable copy of a list of distinct, non-blank texts. */
    static List<String> distinct(List<String> texts, String what) {
        List<String> copy = list(texts, what);
        Set<String> seen = new HashSet<>();
        for (String t : copy) {
            if (t.isBlank()) throw new IllegalArgumentException(what + " has an empty entry");
            if (!seen.add(t.strip())) throw new IllegalArgumentException(what + " has \"" + t + "\" twice");
        }
        return copy;
    }

    /** Whether two lists hold the same texts, in any order. */
    static boolean sameElements(List<String> a, List<String> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }
}
