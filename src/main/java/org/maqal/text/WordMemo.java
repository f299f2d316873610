package org.maqal.text;

import java.util.Arrays;
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
    /** Words and values by word id ({@link #get(String, int)}); replaced, never shrunk, when an id beyond it comes. */
    @SuppressWarnings("unchecked")
    private volatile Numbered<T>[] byId = (Numbered<T>[]) new Numbered<?>[256];

    public WordMemo(Function<String, T> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** A memo of up to 200,000 words. */
    public static <T> WordMemo<T> of(Function<String, T> function) {
        return new WordMemo<>(function, 200_000);
    }

    /**
     * A small cache of recent words for one thread's run of look-ups in one memo (one text, say):
     * a word seen again as the same string is found in an array, without hashing or locking. It
     * holds no reference to the memo, so a thread may keep one as long as it likes. Not
     * thread-safe; keep one per thread and memo.
     */
    public static final class Recent<T> {
        private static final int SLOTS = 8192;

        /** Word and value side by side, so that one memory read brings both. */
        private final Object[] slots = new Object[2 * SLOTS];
    }

    /** The function's value for a word, looked up first among the recent words of this thread. */
    @SuppressWarnings("unchecked")
    public T get(String word, Recent<T> recent) {
        Object[] slots = recent.slots;
        int i = 2 * (word.hashCode() & (Recent.SLOTS - 1));
        if (slots[i] == word) return (T) slots[i + 1];
        T value = get(word);
        slots[i] = word;
        slots[i + 1] = value;
        return value;
    }

    /**
     * The function's value for a word whose word id ({@link TextPipeline.Text#wordIds}) is {@code id},
     * found by the id in an array: no hashing, and no reading of the word's characters. The word is
     * kept beside its value and must be the very string the id was last used with, else (and for an
     * id of -1) the word is looked up as in {@link #get(String)}; so ids of different pipelines
     * cannot mix up words, they only make the look-up slower.
     */
    public T get(String word, int id) {
        if (id < 0) return get(word);
        Numbered<T>[] numbered = byId;
        if (id < numbered.length) {
            Numbered<T> known = numbered[id];
            if (known != null && known.word == word) return known.value;
        }
        T value = get(word);
        remember(id, word, value);
        return value;
    }

    /** A word and its value, kept at the word's id; immutable, so a thread that finds it sees it whole. */
    private record Numbered<T>(String word, T value) {
    }

    private synchronized void remember(int id, String word, T value) {
        if (id >= capacity) return;
        Numbered<T>[] numbered = byId;
        if (id >= numbered.length) numbered = Arrays.copyOf(numbered, Math.max(2 * numbered.length, id + 1));
        numbered[id] = new Numbered<>(word, value);
        byId = numbered;
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
