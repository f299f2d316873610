package org.maqal.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of an article's sentences that keeps only their offsets and marks and reads
 * their text from the article's text when asked, so that a kept analysis does not hold a second
 * copy of every article. {@link #get} makes a {@link Sentence} equal to the one stored. Thread-safe.
 */
public final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
    private final String text;
    private final int[] indexes;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] headlines;

    private SentenceList(String text, int size) {
        this.text = text;
        indexes = new int[size];
        starts = new int[size];
        ends = new int[size];
        headlines = new boolean[size];
    }

    /**
     * The sentences of a text, kept compactly when each one's text is the text between its
     * offsets; otherwise an ordinary immutable copy.
     *
     * @throws NullPointerException if the text, the list or a sentence in it is null
     */
    public static List<Sentence> of(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        if (sentences instanceof SentenceList list && list.text.equals(text)) return list;
        SentenceList out = new SentenceList(text, sentences.size());
        int i = 0;
        for (Sentence s : sentences) {
            if (s.end() > text.length() || s.start() > s.end() || s.start() < 0
                    || !text.regionMatches(s.start(), s.text(), 0, s.text().length()) || s.text().length() != s.end() - s.start()) {
                return List.copyOf(sentences);
            }
            out.indexes[i] = s.index();
            out.starts[i] = s.start();
            out.ends[i] = s.end();
            out.headlines[i] = s.headline();
            i++;
        }
        return out;
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
        SentenceList out = new SentenceList(text, n);
        for (int i = 0; i < n; i++) {
            if (starts[i] < 0 || starts[i] > ends[i] || ends[i] > text.length()) {
                throw new IllegalArgumentException("sentence " + i + " lies outside the text");
            }
        }
        System.arraycopy(indexes, 0, out.indexes, 0, n);
        System.arraycopy(starts, 0, out.starts, 0, n);
        System.arraycopy(ends, 0, out.ends, 0, n);
        System.arraycopy(headlines, 0, out.headlines, 0, n);
        return out;
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
}
