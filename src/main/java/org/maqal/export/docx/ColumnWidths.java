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
    /** Cell margins and slack of a crowded table, whose cells have narrow margins ({@link WordTable#CROWDED_MARGIN}). */
    static final int CROWDED_PADDING = 2 * WordTable.CROWDED_MARGIN + 40;
    private static final int WRITING = 2000;
    private static final int MOST = 3800;

    private ColumnWidths() {
    }

    /**
     * Whether every column can be as wide as its longest word within {@code width} twips, with text
     * {@code scale} times the table size.
     */
    static boolean fits(List<String> headers, List<List<String>> rows, int width, double scale) {
        return fits(headers, rows, width, scale, PADDING);
    }

    /** The same, for cells with {@code padding} twips of margins. */
    static boolean fits(List<String> headers, List<List<String>> rows, int width, double scale, int padding) {
        double sum = 0;
        for (int c = 0; c < headers.size(); c++) sum += least(headers, rows, c, scale, padding);
        return sum <= width;
    }

    /** Weights, one per column, for a table of {@code width} twips at the table text size. */
    static double[] of(List<String> headers, List<List<String>> rows, List<Integer> writingColumns, int width) {
        return of(headers, rows, writingColumns, width, 1, PADDING);
    }

    /**
     * Weights, one per column, for a table of {@code width} twips with text {@code scale} times the
     * table size and {@code padding} twips of cell margins.
     */
    static double[] of(List<String> headers, List<List<String>> rows, List<Integer> writingColumns, int width, double scale,
                       int padding) {
        int n = headers.size();
        double[] least = new double[n];
        double[] wanted = new double[n];
        for (int c = 0; c < n; c++) {
            int total = headers.get(c).length();
            for (List<String> row : rows) total += row.get(c).length();
            double average = (double) total / (rows.size() + 1);
            least[c] = least(headers, rows, c, scale, padding);
            wanted[c] = Math.max(least[c], Math.min(MOST, average * CHAR * scale * 0.8 + padding));
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

    /** A column as wide as its longest word (the header's in bold, so a little wider). */
    private static double least(List<String> headers, List<List<String>> rows, int column, double scale, int padding) {
        int word = longestWord(headers.get(column)) + 1;
        for (List<String> row : rows) word = Math.max(word, longestWord(row.get(column)));
        return word * CHAR * scale + padding;
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
