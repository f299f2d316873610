package org.maqal.analysis;

import java.util.Arrays;

/**
 * One word's forms in one article while its tokens are counted: each written form with its count,
 * and the first sentence it is in. Most words have one form, kept in fields; arrays are made for
 * the second. The article's words are then kept as {@link WordCounts}.
 */
final class WordCount {
    private String written0;
    private String normal0;
    private int count0;
    private String[] written;
    private String[] normal;
    private int[] counts;
    private int size;
    private int count;
    private int firstSentence = -1;

    /** Counts one token of the word; whether its written form is new to this count. */
    boolean addToken(String written, String normalForm, int sentence) {
        int forms = size;
        add(written, normalForm, 1);
        count++;
        if (firstSentence < 0) firstSentence = sentence;
        return size > forms;
    }

    private void add(String form, String normalForm, int n) {
        int at = indexOf(form);
        if (at == 0) {
            count0 += n;
            return;
        }
        if (at > 0) {
            counts[at] += n;
            return;
        }
        if (size == 0) {
            written0 = form;
            normal0 = normalForm;
            count0 = n;
            size = 1;
            return;
        }
        if (written == null || size == written.length) {
            int length = Math.max(4, size * 2);
            written = written == null ? new String[length] : Arrays.copyOf(written, length);
            normal = normal == null ? new String[length] : Arrays.copyOf(normal, length);
            counts = counts == null ? new int[length] : Arrays.copyOf(counts, length);
        }
        written[size] = form;
        normal[size] = normalForm;
        counts[size++] = n;
    }

    /**
     * Where a written form is among those counted, or -1. Tokens of one written form mostly share
     * one string (the tokenizer keeps each form once), so the forms are first compared by identity.
     */
    private int indexOf(String form) {
        if (size == 0) return -1;
        if (written0 == form) return 0;
        for (int i = 1; i < size; i++) if (written[i] == form) return i;
        if (written0.equals(form)) return 0;
        for (int i = 1; i < size; i++) if (written[i].equals(form)) return i;
        return -1;
    }

    /** The i-th written form, in the order first seen. */
    String written(int i) { return i == 0 ? written0 : written[i]; }

    /** The normal form of the i-th written form. */
    String normal(int i) { return i == 0 ? normal0 : normal[i]; }

    /** How often the i-th written form occurs. */
    int count(int i) { return i == 0 ? count0 : counts[i]; }

    /** Adds the forms and counts of a row of an article's counts, as if its tokens had been counted here. */
    void merge(WordCounts other, int row) {
        for (int i = 0; i < other.forms(row); i++) add(other.written(row, i), other.normal(row, i), other.count(row, i));
        count += other.count(row);
        int sentence = other.firstSentence(row);
        if (firstSentence < 0 || sentence >= 0 && sentence < firstSentence) firstSentence = sentence;
    }

    /** How often the word occurs, all forms together. */
    int count() { return count; }

    /** How many written forms. */
    int forms() { return size; }

    /** The first sentence one of its forms is in, or -1. */
    int firstSentence() { return firstSentence; }
}
