package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a text: "…", «…» and “…”. Marks pair within a line (a paragraph); a
 * quotation still open at the end of its line runs to the end of the line, as the corpus has
 * such quotations. Straight quotes inside guillemets or curly quotes are left to the outer pair.
 * A quotation may cross sentence boundaries. Stateless and thread-safe.
 */
public final class QuotationFinder {

    /**
     * A quotation.
     *
     * @param open         offset of the opening mark
     * @param close        offset of the closing mark, or of the end of the line when it never closes
     * @param contentStart offset of the first quoted character, blanks skipped
     * @param contentEnd   offset just after the last quoted character, blanks skipped
     * @param closed       whether a closing mark was found
     */
    public record Quotation(int open, int close, int contentStart, int contentEnd, boolean closed) {
        /** The quoted text as written. */
        public String content(String text) { return text.substring(contentStart, contentEnd); }

        /** Whether an offset lies inside the quoted text. */
        public boolean contains(int offset) { return offset >= contentStart && offset < contentEnd; }
    }

    /** The quotations of a text, in reading order, none overlapping; empty ones are left out. */
    public List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            findInLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void findInLine(String text, int from, int to, List<Quotation> out) {
        int open = -1;
        char close = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '"' || c == '«' || c == '“') {
                    open = i;
                    close = c == '«' ? '»' : c == '“' ? '”' : '"';
                }
            } else if (c == close) {
                add(text, open, i, true, out);
                open = -1;
            }
        }
        if (open >= 0) add(text, open, to, false, out);
    }

    private static void add(String text, int open, int close, boolean closed, List<Quotation> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Quotation(open, close, start, end, closed));
    }
}
