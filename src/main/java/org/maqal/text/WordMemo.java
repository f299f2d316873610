package org.maqal.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of a word, so that the words an article repeats (and the corpus repeats
 * across articles) are worked out once. Bounded: past {@code capacity} words it computes without
 * remembering. Thread-safe.
 */
public final class WordMemo<T> {
    private final ConcurrentHashMap<String, T> known = new ConcurrentHashMap<>();
    private final Function<String, T> function;
    private final int capacity;

    public WordMemo(Function<String, T> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** A memo of up to 200,000 words. */
    public static <T> WordMemo<T> of(Function<String, T> function) {
        return new WordMemo<>(function, 200_000);
    }

    /** The function's value for a word, computed at most once while there is room. */
    public T get(String word) {
        T value = known.get(word);
        if (value != null) return value;
        value = function.apply(word);
        if (known.size() < capacity) known.putIfAbsent(word, value);
        return value;
    }
}
