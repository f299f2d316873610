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
        int n = text.length();
        // the next of each opening mark, found with String.indexOf, which scans far faster than a loop over charAt
        int straight = indexOf(text, '"', 0);
        int guillemet = indexOf(text, '«', 0);
        int curly = indexOf(text, '“', 0);
        int i = 0;
        while (i < n) {
            if (straight < i) straight = indexOf(text, '"', i);
            if (guillemet < i) guillemet = indexOf(text, '«', i);
            if (curly < i) curly = indexOf(text, '“', i);
            int open = Math.min(straight, Math.min(guillemet, curly));
            if (open >= n) break;
            int lineEnd = indexOf(text, '\n', open);
            char mark = text.charAt(open);
            char close = mark == '«' ? '»' : mark == '“' ? '”' : '"';
            int closing = indexOf(text, close, open + 1);
            if (closing < lineEnd) {
                add(text, open, closing, true, out);
                i = closing + 1;
            } else {
                add(text, open, lineEnd, false, out);
                i = lineEnd + 1;
            }
        }
        return out;
    }

    /** The offset of the next {@code c} from {@code from} on, or the text's length when there is none. */
    private static int indexOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static void add(String text, int open, int close, boolean closed, List<Quotation> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Quotation(open, close, start, end, closed));
    }
}
