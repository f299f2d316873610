package org.maqal.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of an article's sentences that keeps their offsets and marks and reads their
 * text from the article's text when asked, so that a kept analysis does not hold a second copy of
 * every article. {@link #get} makes a {@link Sentence} equal to the one stored; {@link #starts} and
 * {@link #indexes} read the offsets and numbers without making one. Thread-safe.
 */
public final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
    private final String text;
    private final int[] indexes;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] headlines;

    private SentenceList(String text, int[] indexes, int[] starts, int[] ends, boolean[] headlines) {
        this.text = text;
        this.indexes = indexes;
        this.starts = starts;
        this.ends = ends;
        this.headlines = headlines;
    }

    /**
     * Sentences made from their offsets in a text, in order, numbered from 0: each one's text is the
     * text between its offsets, so the list needs no checking against the text afterwards, and no
     * sentence's text is copied until it is asked for. Not thread-safe.
     */
    public static final class Builder {
        private final String text;
        private int size;
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private boolean[] headlines = new boolean[16];

        /** A builder of sentences of {@code text}. */
        public Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * Adds the sentence between {@code start} and {@code end}, numbered next.
         *
         * @throws IndexOutOfBoundsException if the offsets are not a stretch of the text
         */
        public Builder add(int start, int end, boolean headline) {
            Objects.checkFromToIndex(start, end, text.length());
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, 2 * size);
                ends = Arrays.copyOf(ends, 2 * size);
                headlines = Arrays.copyOf(headlines, 2 * size);
            }
            starts[size] = start;
            ends[size] = end;
            headlines[size] = headline;
            size++;
            return this;
        }

        public SentenceList build() {
            int[] indexes = new int[size];
            for (int i = 0; i < size; i++) indexes[i] = i;
            return new SentenceList(text, indexes, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                    Arrays.copyOf(headlines, size));
        }
    }

    /**
     * The sentences of a text, kept compactly when each one's text is the text between its
     * offsets; otherwise an ordinary immutable copy.
     *
     * @throws NullPointerException if the text, the list or a sentence in it is null
     */
    public static List<Sentence> of(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        if (sentences instanceof SentenceList list && list.text.equals(text)) {
            return list;
        }
        for (Sentence s : sentences) {
            if (s.end() > text.length() || s.start() > s.end() || s.start() < 0
                    || !text.regionMatches(s.start(), s.text(), 0, s.text().length()) || s.text().length() != s.end() - s.start()) {
                return List.copyOf(sentences);
            }
        }
        int n = sentences.size();
        int[] indexes = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] headlines = new boolean[n];
        int i = 0;
        for (Sentence s : sentences) {
            indexes[i] = s.index();
            starts[i] = s.start();
            ends[i] = s.end();
            headlines[i] = s.headline();
            i++;
        }
        return new SentenceList(text, indexes, starts, ends, headlines);
    }

    /**
     * The sentences of a text given by their fields side by side, without making a {@link Sentence}
     * or a copy of any sentence's text (for reading kept analyses back). The arrays are copied.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a sentence lies outside the text
     * @throws NullPointerException if the text or an array is null
     */
    public static SentenceList of(String text, int[] indexes, int[] starts, int[] ends, boolean[] headlines) {
        Objects.requireNonNull(text, "text");
        int n = starts.length;
        if (indexes.length != n || ends.length != n || headlines.length != n) {
            throw new IllegalArgumentException("the arrays of a sentence list differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (starts[i] < 0 || starts[i] > ends[i] || ends[i] > text.length()) {
                throw new IllegalArgumentException("sentence " + i + " lies outside the text");
            }
        }
        return new SentenceList(text, indexes.clone(), starts.clone(), ends.clone(), headlines.clone());
    }

    @Override
    public Sentence get(int i) {
        Objects.checkIndex(i, starts.length);
        return new Sentence(indexes[i], starts[i], ends[i], text.substring(starts[i], ends[i]), headlines[i]);
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Each sentence's start offset, in order; read from a sentence list's arrays without making any sentence. */
    public static int[] starts(List<Sentence> sentences) {
        if (sentences instanceof SentenceList list) return list.starts.clone();
        int[] starts = new int[sentences.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = sentences.get(i).start();
        return starts;
    }

    /** Each sentence's number ({@link Sentence#index}), in order; read from a sentence list's arrays without making any sentence. */
    public static int[] indexes(List<Sentence> sentences) {
        if (sentences instanceof SentenceList list) return list.indexes.clone();
        int[] indexes = new int[sentences.size()];
        for (int i = 0; i < indexes.length; i++) indexes[i] = sentences.get(i).index();
        return indexes;
    }
}
