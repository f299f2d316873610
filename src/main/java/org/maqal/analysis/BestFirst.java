package org.maqal.analysis;

import org.maqal.model.VocabularyItem;

/**
 * Orders vocabulary items best first: by score, highest first, then by headword. A stable merge
 * sort over positions, comparing scores as primitives, so ranking an article's few hundred words
 * makes no comparator calls and no boxing. Stateless.
 */
final class BestFirst {
    private static final int INSERTION = 16;

    private BestFirst() {
    }

    /** The items in order; {@code negatedScores[i]} is minus the score of {@code items[i]}. */
    static VocabularyItem[] sorted(VocabularyItem[] items, double[] negatedScores) {
        int n = items.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        int[] buffer = new int[n];
        for (int from = 0; from < n; from += INSERTION) insertion(order, from, Math.min(n, from + INSERTION), items, negatedScores);
        for (int width = INSERTION; width < n; width *= 2) {
            for (int from = 0; from + width < n; from += 2 * width) {
                merge(order, buffer, from, from + width, Math.min(n, from + 2 * width), items, negatedScores);
            }
        }
        VocabularyItem[] out = new VocabularyItem[n];
        for (int i = 0; i < n; i++) out[i] = items[order[i]];
        return out;
    }

    private static void insertion(int[] order, int from, int to, VocabularyItem[] items, double[] scores) {
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= from && before(x, order[j], items, scores)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static void merge(int[] order, int[] buffer, int from, int middle, int to, VocabularyItem[] items, double[] scores) {
        System.arraycopy(order, from, buffer, from, to - from);
        int a = from;
        int b = middle;
        for (int k = from; k < to; k++) {
            if (b >= to || a < middle && !before(buffer[b], buffer[a], items, scores)) {
                order[k] = buffer[a++];
            } else {
                order[k] = buffer[b++];
            }
        }
    }

    /** Whether item x goes strictly before item y. */
    private static boolean before(int x, int y, VocabularyItem[] items, double[] scores) {
        int byScore = Double.compare(scores[x], scores[y]);
        return byScore != 0 ? byScore < 0 : items[x].headword().compareTo(items[y].headword()) < 0;
    }
}
