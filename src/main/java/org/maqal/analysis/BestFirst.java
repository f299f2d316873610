package org.maqal.analysis;

/**
 * Orders vocabulary items best first: by score, highest first, then by headword. A stable merge
 * sort over positions, comparing scores as primitives, so ranking an article's few hundred words
 * makes no comparator calls and no boxing. Stateless.
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
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        int[] buffer = new int[n];
        for (int from = 0; from < n; from += INSERTION) insertion(order, from, Math.min(n, from + INSERTION), headwords, negatedScores);
        for (int width = INSERTION; width < n; width *= 2) {
            for (int from = 0; from + width < n; from += 2 * width) {
                merge(order, buffer, from, from + width, Math.min(n, from + 2 * width), headwords, negatedScores);
            }
        }
        return order;
    }

    private static void insertion(int[] order, int from, int to, String[] headwords, double[] scores) {
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= from && before(x, order[j], headwords, scores)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static void merge(int[] order, int[] buffer, int from, int middle, int to, String[] headwords, double[] scores) {
        System.arraycopy(order, from, buffer, from, to - from);
        int a = from;
        int b = middle;
        for (int k = from; k < to; k++) {
            if (b >= to || a < middle && !before(buffer[b], buffer[a], headwords, scores)) {
                order[k] = buffer[a++];
            } else {
                order[k] = buffer[b++];
            }
        }
    }

    private static boolean before(int x, int y, String[] headwords, double[] scores) {
        int byScore = Double.compare(scores[x], scores[y]);
        return byScore != 0 ? byScore < 0 : headwords[x].compareTo(headwords[y]) < 0;
    }
}
