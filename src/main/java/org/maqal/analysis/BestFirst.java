package org.maqal.analysis;

/**
 * Orders vocabulary items best first: by score, highest first, then by headword. A stable merge
 * sort over positions, comparing scores as whole numbers that order as the scores do ({@link
 * #orderKey}), so ranking an article's few hundred words makes no comparator calls and no boxing.
 * Many words share a score (those met once in as many articles), so ties are first told apart by
 * the headwords' first four characters, kept as numbers ({@link #headKey}); only headwords that
 * begin alike are compared as strings. Stateless.
 */
final class BestFirst {
    private static final int INSERTION = 16;

    private BestFirst() {
    }

    /**
     * The positions of the items best first.
     *
     * @param headwords     each item's headword, for ties
     * @param negatedScores each item's score, negated (so that ascending order is best first)
     */
    static int[] order(String[] headwords, double[] negatedScores) {
        int n = headwords.length;
        long[] keys = new long[n];
        long[] heads = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = orderKey(negatedScores[i]);
            heads[i] = headKey(headwords[i]);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        int[] buffer = new int[n];
        for (int from = 0; from < n; from += INSERTION) insertion(order, from, Math.min(n, from + INSERTION), headwords, keys, heads);
        for (int width = INSERTION; width < n; width *= 2) {
            for (int from = 0; from + width < n; from += 2 * width) {
                merge(order, buffer, from, from + width, Math.min(n, from + 2 * width), headwords, keys, heads);
            }
        }
        return order;
    }

    private static void insertion(int[] order, int from, int to, String[] headwords, long[] keys, long[] heads) {
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= from && before(x, order[j], headwords, keys, heads)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static void merge(int[] order, int[] buffer, int from, int middle, int to, String[] headwords, long[] keys,
                              long[] heads) {
        System.arraycopy(order, from, buffer, from, to - from);
        int a = from;
        int b = middle;
        for (int k = from; k < to; k++) {
            if (b >= to || a < middle && !before(buffer[b], buffer[a], headwords, keys, heads)) {
                order[k] = buffer[a++];
            } else {
                order[k] = buffer[b++];
            }
        }
    }

    private static boolean before(int x, int y, String[] headwords, long[] keys, long[] heads) {
        if (keys[x] != keys[y]) return keys[x] < keys[y];
        if (heads[x] != heads[y]) return Long.compareUnsigned(heads[x], heads[y]) < 0;
        return headwords[x].compareTo(headwords[y]) < 0;
    }

    /**
     * A headword's first four characters, the first in the highest bits, a missing one as 0: two
     * headwords whose numbers differ order as {@link String#compareTo} orders them when the numbers
     * are compared unsigned (a shorter word that is the start of a longer one comes first, as a
     * missing character is below any); equal numbers say nothing.
     */
    static long headKey(String headword) {
        long key = 0;
        for (int k = 0; k < 4; k++) key = key << 16 | (k < headword.length() ? headword.charAt(k) : 0);
        return key;
    }

    /**
     * A number that orders as {@link Double#compare} orders the scores: a score's bits, with the
     * bits after the sign turned over for a negative score, so that a larger magnitude comes first.
     */
    static long orderKey(double score) {
        long bits = Double.doubleToLongBits(score);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
