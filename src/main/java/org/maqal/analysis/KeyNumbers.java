package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vocabulary keys of one analysis run, each with a small dense number, so that counts and
 * corpus totals are kept in arrays by number instead of maps by string. Numbers are given in the
 * order keys are first asked for and hold for this run only. Thread-safe.
 */
final class KeyNumbers {
    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    /** Keys by number; guarded by this. */
    private final List<String> keys = new ArrayList<>();

    /** The number of a key, given now if the key has none yet. */
    int number(String key) {
        Integer n = numbers.get(key);
        return n != null ? n : numbers.computeIfAbsent(key, this::next);
    }

    /** The number of a key, or -1 when it has none. */
    int find(String key) {
        Integer n = numbers.get(key);
        return n == null ? -1 : n;
    }

    private synchronized int next(String key) {
        keys.add(key);
        return keys.size() - 1;
    }

    /** Every key numbered so far, by number. */
    synchronized String[] keys() {
        return keys.toArray(String[]::new);
    }
}
