package org.maqal.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Remembers a pure function of a word like {@link WordMemo}, but looks a word up where it stands in
 * a text's characters, by its offsets, so that a word seen before costs no new string. Bounded: past
 * {@code capacity} words it computes without remembering. Thread-safe: look-ups take no lock and
 * see every entry published before them or, at worst, compute a value again; additions are
 * serialised.
 */
final class WordTable<V> {
    private static final float LOAD = 0.75f;

    /** One remembered word; immutable, so that a look-up never sees it half made. */
    private static final class Entry<V> {
        final char[] key;
        final int hash;
        final V value;
        final Entry<V> next;

        Entry(char[] key, int hash, V value, Entry<V> next) {
            this.key = key;
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    private final Function<String, V> function;
    private final int capacity;
    private volatile Entry<V>[] table;
    private int size;

    WordTable(Function<String, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
        this.table = newTable(64);
    }

    /** The function's value for the word in {@code text} between {@code start} and {@code end}. */
    V get(char[] text, int start, int end) {
        int hash = hash(text, start, end);
        Entry<V>[] t = table;
        for (Entry<V> e = t[hash & (t.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && Arrays.equals(e.key, 0, e.key.length, text, start, end)) return e.value;
        }
        char[] key = Arrays.copyOfRange(text, start, end);
        return add(key, hash, function.apply(new String(key)));
    }

    /** The function's value for the word in {@code text} between {@code start} and {@code end}. */
    V get(String text, int start, int end) {
        int hash = hash(text, start, end);
        Entry<V>[] t = table;
        for (Entry<V> e = t[hash & (t.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && same(e.key, text, start, end)) return e.value;
        }
        String word = text.substring(start, end);
        return add(word.toCharArray(), hash, function.apply(word));
    }

    private static boolean same(char[] key, String text, int start, int end) {
        if (key.length != end - start) return false;
        for (int k = 0; k < key.length; k++) {
            if (key[k] != text.charAt(start + k)) return false;
        }
        return true;
    }

    private synchronized V add(char[] key, int hash, V value) {
        Entry<V>[] t = table;
        int i = hash & (t.length - 1);
        for (Entry<V> e = t[i]; e != null; e = e.next) {
            if (e.hash == hash && Arrays.equals(e.key, key)) return e.value;
        }
        if (size >= capacity) return value;
        t[i] = new Entry<>(key, hash, value, t[i]);
        if (++size > t.length * LOAD) table = grown(t);
        return value;
    }

    private static <V> Entry<V>[] grown(Entry<V>[] old) {
        Entry<V>[] t = newTable(old.length * 2);
        for (Entry<V> head : old) {
            for (Entry<V> e = head; e != null; e = e.next) {
                int i = e.hash & (t.length - 1);
                t[i] = new Entry<>(e.key, e.hash, e.value, t[i]);
            }
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int length) {
        return (Entry<V>[]) new Entry<?>[length];
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        return h ^ (h >>> 16);
    }

    private static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text[i];
        return h ^ (h >>> 16);
    }
}
