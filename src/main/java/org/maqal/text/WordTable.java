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

    /**
     * One remembered word; immutable, so that a look-up never sees it half made. Its first eight
     * characters are kept in two numbers, so that a short word is compared without following a
     * reference; the rest, if any, in an array.
     */
    private static final class Entry<V> {
        final int hash;
        final int length;
        final long head;
        final long tail;
        final char[] rest;
        final V value;
        final Entry<V> next;

        Entry(Key key, char[] rest, V value, Entry<V> next) {
            this.hash = key.hash;
            this.length = key.length;
            this.head = key.head;
            this.tail = key.tail;
            this.rest = rest;
            this.value = value;
            this.next = next;
        }

        /** The same entry in front of another chain. */
        Entry(Entry<V> e, Entry<V> next) {
            this.hash = e.hash;
            this.length = e.length;
            this.head = e.head;
            this.tail = e.tail;
            this.rest = e.rest;
            this.value = e.value;
            this.next = next;
        }

        boolean matches(Key key, char[] text, int start) {
            if (hash != key.hash || length != key.length || head != key.head || tail != key.tail) return false;
            return rest == null || Arrays.equals(rest, 0, rest.length, text, start + INLINE, start + length);
        }

        boolean matches(Key key, String text, int start) {
            if (hash != key.hash || length != key.length || head != key.head || tail != key.tail) return false;
            if (rest == null) return true;
            for (int k = 0; k < rest.length; k++) {
                if (rest[k] != text.charAt(start + INLINE + k)) return false;
            }
            return true;
        }
    }

    private static final int INLINE = 8;

    /**
     * A word's hash, length and first eight characters. The characters are packed into two numbers
     * without a chain from one to the next, and the hash is made from those numbers (and from any
     * characters past the eighth), so that most words cost a few independent shifts and two
     * multiplications rather than one multiplication per character in a row.
     */
    private static final class Key {
        int hash;
        int length;
        long head;
        long tail;

        /** The key of a word whose first eight characters are already packed ({@link #packed}) in {@code a} and {@code b}. */
        Key of(long a, long b, char[] text, int start, int end) {
            int rest = 0;
            for (int i = start + INLINE; i < end; i++) rest = 31 * rest + text[i];
            return with(hash(a, b, end - start, rest), end - start, a, b);
        }

        Key of(String text, int start, int end) {
            int n = end - start;
            long a = 0;
            long b = 0;
            int inline = Math.min(n, INLINE);
            for (int k = 0; k < Math.min(inline, 4); k++) a |= (long) text.charAt(start + k) << (k << 4);
            for (int k = 4; k < inline; k++) b |= (long) text.charAt(start + k) << ((k - 4) << 4);
            int rest = 0;
            for (int i = start + INLINE; i < end; i++) rest = 31 * rest + text.charAt(i);
            return with(hash(a, b, n, rest), n, a, b);
        }

        /** A hash of a word from its first four characters, the next four, its length and a hash of the rest; every bit of them moves the low bits. */
        private static int hash(long head, long tail, int length, int rest) {
            long x = head * 0x9E3779B97F4A7C15L + tail;
            x ^= ((long) rest << 32 | length) * 0xC2B2AE3D27D4EB4FL;
            x ^= x >>> 33;
            x *= 0xFF51AFD7ED558CCDL;
            x ^= x >>> 33;
            return (int) x;
        }

        /** This key with the given (already spread) hash, length and characters. */
        Key with(int spreadHash, int n, long a, long b) {
            hash = spreadHash;
            length = n;
            head = a;
            tail = b;
            return this;
        }
    }

    /**
     * Up to four characters from {@code start} packed into a number, the first in the lowest bits and a
     * missing one as 0: the way a key keeps a word's first and next four characters. A word's
     * characters are never 0 (a tokenizer leaves control characters out), so two words of up to eight
     * characters are equal exactly when their two numbers are.
     */
    static long packed(char[] text, int start, int count) {
        long x = 0;
        switch (count) {
            case 4: x |= (long) text[start + 3] << 48;
            // fall through
            case 3: x |= (long) text[start + 2] << 32;
            // fall through
            case 2: x |= (long) text[start + 1] << 16;
            // fall through
            case 1: x |= text[start];
            // fall through
            default: return x;
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

    /**
     * One thread's small cache in front of a table: the words it met last, each kept as its first eight
     * characters packed in two numbers side by side, so that a word met again is found by comparing two
     * numbers, without following a reference. Each word picks a set of two places; a word found in the
     * second moves to the first, and a new word takes the first and pushes the one there to the
     * second, so that two common words sharing a set do not keep pushing each other out (on news text
     * about 92 of 100 words are found here, against 81 with one place each). Only words of up to eight
     * characters, which the numbers hold whole. Not thread-safe; keep one per thread and table.
     */
    static final class Recent<V> {
        private final int shift;
        /** Per place (two per set): the first four characters, the next four. */
        private final long[] keys;
        private final Object[] values;

        /** Room for {@code sets} sets of two words; {@code sets} must be a power of two. */
        Recent(int sets) {
            if (Integer.bitCount(sets) != 1) throw new IllegalArgumentException("sets must be a power of two");
            this.shift = 64 - Integer.numberOfTrailingZeros(sets);
            this.keys = new long[2 * 2 * sets];
            this.values = new Object[2 * sets];
        }

        /** The first of the two places of the set a word falls in: the high bits of a product that every bit of its characters moves. */
        private int first(long head, long tail) {
            return shift == 64 ? 0 : 2 * (int) (((head * 0x9E3779B97F4A7C15L) ^ tail) * 0xC2B2AE3D27D4EB4FL >>> shift);
        }
    }

    /**
     * The function's value for the word in {@code text} between {@code start} and {@code end}, looked up
     * first among the thread's recent words.
     */
    @SuppressWarnings("unchecked")
    V get(char[] text, int start, int end, Recent<V> recent) {
        int n = end - start;
        long head = packed(text, start, Math.min(n, 4));
        long tail = n > 4 ? packed(text, start + 4, Math.min(n - 4, 4)) : 0;
        if (n > INLINE || n == 0) return get(new Key().of(head, tail, text, start, end), text, start, end);
        int first = recent.first(head, tail);
        long[] keys = recent.keys;
        Object[] values = recent.values;
        int k = 2 * first;
        if (keys[k] == head && keys[k + 1] == tail && values[first] != null) return (V) values[first];
        V value;
        if (keys[k + 2] == head && keys[k + 3] == tail && values[first + 1] != null) {
            value = (V) values[first + 1];
        } else {
            value = get(new Key().of(head, tail, text, start, end), text, start, end);
        }
        keys[k + 2] = keys[k];
        keys[k + 3] = keys[k + 1];
        values[first + 1] = values[first];
        keys[k] = head;
        keys[k + 1] = tail;
        values[first] = value;
        return value;
    }

    private V get(Key key, char[] text, int start, int end) {
        Entry<V>[] t = table;
        for (Entry<V> e = t[key.hash & (t.length - 1)]; e != null; e = e.next) {
            if (e.matches(key, text, start)) return e.value;
        }
        return add(key.hash, key.length, key.head, key.tail, new String(text, start, end - start));
    }

    /** The function's value for the word in {@code text} between {@code start} and {@code end}. */
    V get(String text, int start, int end) {
        Key key = new Key().of(text, start, end);
        Entry<V>[] t = table;
        for (Entry<V> e = t[key.hash & (t.length - 1)]; e != null; e = e.next) {
            if (e.matches(key, text, start)) return e.value;
        }
        return add(key.hash, key.length, key.head, key.tail, text.substring(start, end));
    }

    /** Works the value out for a word not found, and remembers it if no other thread did first and there is room. */
    private V add(int hash, int length, long head, long tail, String word) {
        V value = function.apply(word);
        Key key = new Key().with(hash, length, head, tail);
        synchronized (this) {
            Entry<V>[] t = table;
            int i = hash & (t.length - 1);
            for (Entry<V> e = t[i]; e != null; e = e.next) {
                if (e.matches(key, word, 0)) return e.value;
            }
            if (size >= capacity) return value;
            char[] rest = word.length() > INLINE ? word.substring(INLINE).toCharArray() : null;
            t[i] = new Entry<>(key, rest, value, t[i]);
            if (++size > t.length * LOAD) table = grown(t);
            return value;
        }
    }

    private static <V> Entry<V>[] grown(Entry<V>[] old) {
        Entry<V>[] t = newTable(old.length * 2);
        for (Entry<V> head : old) {
            for (Entry<V> e = head; e != null; e = e.next) {
                int i = e.hash & (t.length - 1);
                t[i] = new Entry<>(e, t[i]);
            }
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int length) {
        return (Entry<V>[]) new Entry<?>[length];
    }
}
