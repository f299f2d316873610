package org.maqal.export.docx;

import java.util.List;

/**
 * Column widths for a table of text: every column at least as wide as its longest word (so no word
 * is broken inside), then the rest of the width shared by how much text each column holds, columns
 * the students write in getting room to write. Widths are estimated from character counts at table
 * text size, which is close enough for Arabic and Latin alike.
 */
final class ColumnWidths {
    private static final int CHAR = 125;
    private static final int PADDING = 260;
    private static final int WRITING = 2000;
    private static final int MOST = 3800;

    private ColumnWidths() {
    }

    /** Weights, one per column, for a table of {@code width} twips. */
    static double[] of(List<String> headers, List<List<String>> rows, List<Integer> writingColumns, int width) {
        int n = headers.size();
        double[] least = new double[n];
        double[] wanted = new double[n];
        for (int c = 0; c < n; c++) {
            int word = longestWord(headers.get(c)) + 1;
            int total = headers.get(c).length();
            for (List<String> row : rows) {
                word = Math.max(word, longestWord(row.get(c)));
                total += row.get(c).length();
            }
            double average = (double) total / (rows.size() + 1);
            least[c] = word * CHAR + PADDING;
            wanted[c] = Math.max(least[c], Math.min(MOST, average * CHAR * 0.8 + PADDING));
            if (writingColumns.contains(c)) wanted[c] = Math.max(wanted[c], WRITING);
        }
        double sumLeast = sum(least);
        double sumWanted = sum(wanted);
        if (sumLeast >= width || sumWanted <= width) return sumWanted <= width ? wanted : least;
        double[] out = new double[n];
        double spare = width - sumLeast;
        for (int c = 0; c < n; c++) out[c] = least[c] + spare * (wanted[c] - least[c]) / (sumWanted - sumLeast);
        return out;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String w : text.split("\\s+")) longest = Math.max(longest, w.length());
        return longest;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
