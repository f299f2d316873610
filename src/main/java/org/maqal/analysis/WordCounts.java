package org.maqal.analysis;

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

    /**
     * Rows given side by side: each row's count and first sentence, where its forms begin in the
     * form arrays ({@code formStart}, one longer than the rows: where the last row's forms end), and
     * each form's written form, normal form and count. The arrays are kept as they are.
     */
    WordCounts(int[] count, int[] firstSentence, int[] formStart, String[] written, String[] normal, int[] formCount) {
        this.count = count;
        this.firstSentence = firstSentence;
        this.formStart = formStart;
        this.written = written;
        this.normal = normal;
        this.formCount = formCount;
    }

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
}
