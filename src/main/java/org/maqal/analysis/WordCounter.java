package org.maqal.analysis;

import java.util.Arrays;

/**
 * Counts one article's words at a time, for its vocabulary: rows of words, each with its count, its
 * first sentence and its written forms (each with its normal form and count, in the order first
 * seen), all in a few arrays that a worker reuses from article to article, so that counting makes
 * no object per word; {@link #counts} then keeps the article's rows as {@link WordCounts}. Not
 * thread-safe; one per worker thread.
 */
final class WordCounter {
    private int rows;
    private int[] rowCount = new int[64];
    private int[] firstSentence = new int[64];
    private int[] firstForm = new int[64];
    private int[] lastForm = new int[64];
    private int[] rowForms = new int[64];

    private int forms;
    private String[] written = new String[64];
    private String[] normal = new String[64];
    private int[] formCount = new int[64];
    private int[] nextForm = new int[64];

    /** Forgets the rows counted, to count the next article. */
    void clear() {
        // the strings are the tokenizer's own, kept by it anyway; they are not cleared
        rows = 0;
        forms = 0;
    }

    /** A new row, with no count, no sentence and no forms; its number. */
    int newRow() {
        if (rows == rowCount.length) {
            int length = 2 * rows;
            rowCount = Arrays.copyOf(rowCount, length);
            firstSentence = Arrays.copyOf(firstSentence, length);
            firstForm = Arrays.copyOf(firstForm, length);
            lastForm = Arrays.copyOf(lastForm, length);
            rowForms = Arrays.copyOf(rowForms, length);
        }
        rowCount[rows] = 0;
        firstSentence[rows] = -1;
        firstForm[rows] = -1;
        lastForm[rows] = -1;
        rowForms[rows] = 0;
        return rows++;
    }

    /** Counts one token of a row's word, in sentence {@code sentence}; whether its written form is new to the row. */
    boolean addToken(int row, String writtenForm, String normalForm, int sentence) {
        int before = rowForms[row];
        addForm(row, writtenForm, normalForm, 1);
        rowCount[row]++;
        if (firstSentence[row] < 0) firstSentence[row] = sentence;
        return rowForms[row] > before;
    }

    /** Adds the forms and counts of a row of an article's counts to a row, as if its tokens had been counted there. */
    void merge(int row, WordCounts other, int otherRow) {
        for (int i = 0; i < other.forms(otherRow); i++) {
            addForm(row, other.written(otherRow, i), other.normal(otherRow, i), other.count(otherRow, i));
        }
        rowCount[row] += other.count(otherRow);
        int sentence = other.firstSentence(otherRow);
        if (firstSentence[row] < 0 || sentence >= 0 && sentence < firstSentence[row]) firstSentence[row] = sentence;
    }

    /**
     * Adds {@code n} to a written form's count in a row, adding the form if the row does not have
     * it. Tokens of one written form mostly share one string (the tokenizer keeps each form once),
     * so the row's forms are first compared by identity.
     */
    private void addForm(int row, String writtenForm, String normalForm, int n) {
        for (int f = firstForm[row]; f >= 0; f = nextForm[f]) {
            if (written[f] == writtenForm) {
                formCount[f] += n;
                return;
            }
        }
        for (int f = firstForm[row]; f >= 0; f = nextForm[f]) {
            if (written[f].equals(writtenForm)) {
                formCount[f] += n;
                return;
            }
        }
        if (forms == written.length) {
            int length = 2 * forms;
            written = Arrays.copyOf(written, length);
            normal = Arrays.copyOf(normal, length);
            formCount = Arrays.copyOf(formCount, length);
            nextForm = Arrays.copyOf(nextForm, length);
        }
        int f = forms++;
        written[f] = writtenForm;
        normal[f] = normalForm;
        formCount[f] = n;
        nextForm[f] = -1;
        if (lastForm[row] < 0) firstForm[row] = f; else nextForm[lastForm[row]] = f;
        lastForm[row] = f;
        rowForms[row]++;
    }

    /** How many forms the row has. */
    int forms(int row) { return rowForms[row]; }

    /** The rows counted, in order, as an article's word counts. */
    WordCounts counts() {
        WordCounts.Builder out = new WordCounts.Builder(rows, forms);
        for (int r = 0; r < rows; r++) {
            out.startRow(rowCount[r], firstSentence[r], rowForms[r]);
            for (int f = firstForm[r]; f >= 0; f = nextForm[f]) out.addForm(written[f], normal[f], formCount[f]);
        }
        return out.build();
    }
}
