package org.maqal.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * The words one article counts for its vocabulary ({@link VocabularyBuilder#count}), kept in a few
 * arrays: each word is a row with its count, its first sentence and its written forms, each form
 * with its normal form and count, in the order first seen. An article's counts stay in memory from
 * its analysis until the corpus's totals are known, so the garbage collector moves each of them at
 * least once; as arrays that is a few blocks per article instead of one to four objects per word.
 * Immutable once built.
 */
final class WordCounts {
    private final int[] count;
    private final int[] firstSentence;
    /** Where each row's forms begin in the form arrays, and after the last row where they end. */
    private final int[] formStart;
    private final String[] written;
    private final String[] normal;
    private final int[] formCount;

    /** The builder's arrays, copied only where they have room to spare (the builder is not used again). */
    private WordCounts(Builder b) {
        boolean rowsFit = b.count.length == b.rows;
        boolean formsFit = b.written.length == b.forms;
        count = rowsFit ? b.count : Arrays.copyOf(b.count, b.rows);
        firstSentence = rowsFit ? b.firstSentence : Arrays.copyOf(b.firstSentence, b.rows);
        formStart = rowsFit ? b.formStart : Arrays.copyOf(b.formStart, b.rows + 1);
        written = formsFit ? b.written : Arrays.copyOf(b.written, b.forms);
        normal = formsFit ? b.normal : Arrays.copyOf(b.normal, b.forms);
        formCount = formsFit ? b.formCount : Arrays.copyOf(b.formCount, b.forms);
    }

    int rows() { return count.length; }

    /** How often the word of a row occurs, all forms together. */
    int count(int row) { return count[row]; }

    /** The first sentence one of the row's forms is in, or -1. */
    int firstSentence(int row) { return firstSentence[row]; }

    /** How many written forms the row has. */
    int forms(int row) { return formStart[row + 1] - formStart[row]; }

    /** The row's i-th written form. */
    String written(int row, int i) { return written[form(row, i)]; }

    /** The normal form of the row's i-th written form. */
    String normal(int row, int i) { return normal[form(row, i)]; }

    /** How often the row's i-th written form occurs. */
    int count(int row, int i) { return formCount[form(row, i)]; }

    private int form(int row, int i) {
        return formStart[row] + Objects.checkIndex(i, forms(row));
    }

    /** Rows added one at a time, each followed by its forms. */
    static final class Builder {
        private int[] count;
        private int[] firstSentence;
        private int[] formStart;
        private String[] written;
        private String[] normal;
        private int[] formCount;
        private int rows;
        private int forms;

        /** A builder with room for about {@code rows} words of {@code forms} written forms in all. */
        Builder(int rows, int forms) {
            count = new int[rows];
            firstSentence = new int[rows];
            formStart = new int[rows + 1];
            written = new String[forms];
            normal = new String[written.length];
            formCount = new int[written.length];
        }

        /** Starts the next row: its word's count, first sentence and how many forms follow ({@link #addForm}). */
        void startRow(int wordCount, int sentence, int newForms) {
            if (rows == count.length) {
                int length = Math.max(4, rows * 2);
                count = Arrays.copyOf(count, length);
                firstSentence = Arrays.copyOf(firstSentence, length);
                formStart = Arrays.copyOf(formStart, length + 1);
            }
            if (forms + newForms > written.length) {
                int length = Math.max(written.length * 2, forms + newForms);
                written = Arrays.copyOf(written, length);
                normal = Arrays.copyOf(normal, length);
                formCount = Arrays.copyOf(formCount, length);
            }
            count[rows] = wordCount;
            firstSentence[rows] = sentence;
            formStart[rows] = forms;
            rows++;
            formStart[rows] = forms + newForms;
        }

        /** Adds a form to the row started last. */
        void addForm(String w, String n, int c) {
            written[forms] = w;
            normal[forms] = n;
            formCount[forms++] = c;
        }

        WordCounts build() {
            return new WordCounts(this);
        }
    }
}
