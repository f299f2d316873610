package org.maqal.analysis.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings of a cache file, each stored once and referred to by its number: word forms, names,
 * quotations. Number 0 stands for no string (null). Strings that UTF-8 cannot carry unchanged (a
 * lone surrogate) are refused, so that every stored string reads back equal. Not thread-safe.
 */
final class Dictionary {
    /** A string UTF-8 would change: the analysis holding it is not stored. */
    static final class Unencodable extends Exception {
        Unencodable() {
            super("a string with a lone surrogate", null, false, false);
        }
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int[] uses = new int[1024];

    /** The number of a string, adding it when new; counts each time it is asked for. */
    int number(String s) throws Unencodable {
        if (s == null) return 0;
        Integer known = numbers.get(s);
        if (known != null) {
            uses[known]++;
            return known;
        }
        if (!roundTrips(s)) throw new Unencodable();
        strings.add(s);
        int n = strings.size();
        numbers.put(s, n);
        if (n == uses.length) uses = Arrays.copyOf(uses, n * 2);
        uses[n] = 1;
        return n;
    }

    /**
     * A dictionary of the same strings numbered by how often they were asked for, most often first,
     * so that the commonest words take one byte wherever they are used.
     */
    Dictionary byFrequency() {
        Integer[] order = new Integer[strings.size()];
        for (int i = 0; i < order.length; i++) order[i] = i + 1;
        Arrays.sort(order, (a, b) -> Integer.compare(uses[b], uses[a]));
        Dictionary sorted = new Dictionary();
        for (Integer n : order) {
            String s = strings.get(n - 1);
            sorted.strings.add(s);
            sorted.numbers.put(s, sorted.strings.size());
        }
        sorted.uses = new int[strings.size() + 1];
        return sorted;
    }

    List<String> strings() {
        return strings;
    }

    private static boolean roundTrips(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
