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
        // The next of each mark and of the line break, found with String.indexOf (which scans far faster than a
        // loop over charAt) and looked for again only once passed, so that the text is read once for each of them
        // even when a closing mark never comes.
        Next straight = new Next(text, '"');
        Next guillemet = new Next(text, '«');
        Next curly = new Next(text, '“');
        Next guillemetClose = new Next(text, '»');
        Next curlyClose = new Next(text, '”');
        Next lineBreak = new Next(text, '\n');
        int i = 0;
        while (i < n) {
            int open = Math.min(straight.from(i), Math.min(guillemet.from(i), curly.from(i)));
            if (open >= n) break;
            int lineEnd = lineBreak.from(open);
            char mark = text.charAt(open);
            Next close = mark == '«' ? guillemetClose : mark == '“' ? curlyClose : straight;
            int closing = close.from(open + 1);
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

    /**
     * Where one character next occurs in a text, or the text's length when it does not: asked from
     * offsets that never go back, it reads each stretch of the text at most once.
     */
    private static final class Next {
        private final String text;
        private final char c;
        private int at = -1;

        Next(String text, char c) {
            this.text = text;
            this.c = c;
        }

        /** The offset of the next {@code c} from {@code from} on, or the text's length; {@code from} must not go back. */
        int from(int from) {
            if (at < from) {
                at = text.indexOf(c, from);
                if (at < 0) at = text.length();
            }
            return at;
        }
    }

    private static void add(String text, int open, int close, boolean closed, List<Quotation> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Quotation(open, close, start, end, closed));
    }
}
