package org.maqal.analysis;

import java.util.Arrays;

/**
 * Counts one article's words at a time, for its vocabulary: a row per word key (a number of the
 * run, {@link KeyNumbers}), in the order first met, each with its count, its first sentence and its
 * written forms (each with its normal form and count, in the order first seen), all in a few arrays
 * that a worker reuses from article to article, so that counting makes no object per word;
 * {@link #keys} and {@link #counts} then keep the article's rows. Not thread-safe; one per worker
 * thread.
 */
final class WordCounter {
    private int rows;
    /** Each row's key. */
    private int[] keys = new int[64];
    /** An open-addressing table, at most half full, from a key to its row plus one; 0 marks a free slot. */
    private int[] slots = new int[128];
    /** Each row's slot in {@link #slots}, to free them for the next article. */
    private int[] slotOfRow = new int[64];
    private int[] rowCount = new int[64];
    private int[] firstSentence = new int[64];
    private int[] firstForm = new int[64];
    private int[] lastForm = new int[64];

    private int forms;
    private String[] written = new String[64];
    private String[] normal = new String[64];
    private int[] formCount = new int[64];
    private int[] nextForm = new int[64];
    /** Room for the hashes of one row's forms, to tell equal ones apart when the rows are handed over. */
    private int[] hashes = new int[8];

    /** Forgets the rows counted, to count the next article. */
    void clear() {
        // only the slots used: the table is as big as the longest article so far
        for (int r = 0; r < rows; r++) slots[slotOfRow[r]] = 0;
        // the strings are the tokenizer's own, kept by it anyway; they are not cleared
        rows = 0;
        forms = 0;
    }

    /** The row of a key, new (with no count, no sentence and no forms) when the key has none yet. */
    int rowOf(int key) {
        int slot = slotOf(slots, key);
        if (slots[slot] != 0) return slots[slot] - 1;
        int row = newRow();
        keys[row] = key;
        slots[slot] = row + 1;
        slotOfRow[row] = slot;
        if (2 * rows > slots.length) rehash(2 * slots.length);
        return row;
    }

    private int slotOf(int[] table, int key) {
        int mask = table.length - 1;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (table[slot] != 0 && keys[table[slot] - 1] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void rehash(int length) {
        slots = new int[length];
        for (int r = 0; r < rows; r++) {
            int slot = slotOf(slots, keys[r]);
            slots[slot] = r + 1;
            slotOfRow[r] = slot;
        }
    }

    private int newRow() {
        if (rows == rowCount.length) {
            int length = 2 * rows;
            keys = Arrays.copyOf(keys, length);
            slotOfRow = Arrays.copyOf(slotOfRow, length);
            rowCount = Arrays.copyOf(rowCount, length);
            firstSentence = Arrays.copyOf(firstSentence, length);
            firstForm = Arrays.copyOf(firstForm, length);
            lastForm = Arrays.copyOf(lastForm, length);
        }
        rowCount[rows] = 0;
        firstSentence[rows] = -1;
        firstForm[rows] = -1;
        lastForm[rows] = -1;
        return rows++;
    }

    /**
     * Counts one token of a row's word, in sentence {@code sentence}; whether its written form's string
     * is new to the row (an equal form in another string, which the tokenizer does not make while it
     * has room, is joined to the first when the rows are handed over).
     */
    boolean addToken(int row, String writtenForm, String normalForm, int sentence) {
        boolean added = addForm(row, writtenForm, normalForm, 1);
        rowCount[row]++;
        if (firstSentence[row] < 0) firstSentence[row] = sentence;
        return added;
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
     * its string; whether it was added. Tokens of one written form share one string (the tokenizer
     * keeps each form once), so forms are told apart here by identity alone, which reads no string;
     * {@link #counts} joins equal forms in different strings.
     */
    private boolean addForm(int row, String writtenForm, String normalForm, int n) {
        for (int f = firstForm[row]; f >= 0; f = nextForm[f]) {
            if (written[f] == writtenForm) {
                formCount[f] += n;
                return false;
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
        return true;
    }

    /** The rows' keys, in order. */
    int[] keys() {
        return Arrays.copyOf(keys, rows);
    }

    /**
     * The rows counted, in order, as an article's word counts: each row's forms side by side, in the
     * order first seen, a form met in two equal strings given once with both counts.
     */
    WordCounts counts() {
        int[] formStart = new int[rows + 1];
        String[] writtenForms = new String[forms];
        String[] normalForms = new String[forms];
        int[] formCounts = new int[forms];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            formStart[r] = at;
            boolean one = firstForm[r] < 0 || nextForm[firstForm[r]] < 0;
            for (int f = firstForm[r]; f >= 0; f = nextForm[f]) {
                int same = one ? -1 : sameForm(writtenForms, formStart[r], at, written[f]);
                if (same >= 0) {
                    formCounts[same] += formCount[f];
                    continue;
                }
                writtenForms[at] = written[f];
                normalForms[at] = normal[f];
                formCounts[at++] = formCount[f];
            }
        }
        formStart[rows] = at;
        if (at < forms) {
            writtenForms = Arrays.copyOf(writtenForms, at);
            normalForms = Arrays.copyOf(normalForms, at);
            formCounts = Arrays.copyOf(formCounts, at);
        }
        return new WordCounts(Arrays.copyOf(rowCount, rows), Arrays.copyOf(firstSentence, rows), formStart, writtenForms,
                normalForms, formCounts);
    }

    /**
     * Where among the forms from {@code from} to {@code to} (one row's, kept so far) a form equal to
     * {@code form} is, or -1; the row's forms are in different strings, so mostly none is. Their
     * hashes are kept beside them, at their place less {@code from}.
     */
    private int sameForm(String[] forms, int from, int to, String form) {
        int hash = form.hashCode();
        for (int k = from; k < to; k++) {
            if (hashes[k - from] == hash && forms[k].equals(form)) return k;
        }
        if (to - from == hashes.length) hashes = Arrays.copyOf(hashes, 2 * hashes.length);
        hashes[to - from] = hash;
        return -1;
    }
}
