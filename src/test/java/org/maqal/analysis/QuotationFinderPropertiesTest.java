package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The quotation finder that jumps from mark to mark finds exactly the quotations of the one that
 * read every line a character at a time (kept here as the reference), on texts made of marks,
 * blanks, letters and line breaks in any order.
 */
class QuotationFinderPropertiesTest {
    private final QuotationFinder finder = new QuotationFinder();

    @Property(tries = 3000)
    void findsWhatReadingEveryCharacterFinds(@ForAll("texts") String text) {
        assertThat(finder.find(text)).as("%s", text.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(byCharacters(text));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "\n", "\r\n", "\"", "«", "»", "“", "”")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Test
    void theEdgesFindWhatReadingEveryCharacterFinds() {
        for (String text : List.of("", "\"", "a\"", "\"a", "\"a\n", "\"a\nb\"", "«a\"b\"c»", "«\"a»\"", "“a\n”b”",
                "\"\"", "\" \"", "a\n", "\"a\r\nb\"c\"", "«a»«b»", "«a\n\n»b»", "\n\"a\"\n", "“a“\n“b”", "«a\n«b»\n»", "\"a\n\"b\"c\n")) {
            assertThat(finder.find(text)).as(text).isEqualTo(byCharacters(text));
        }
    }

    /** The finder as it was before it jumped between marks: each line read a character at a time. */
    private static List<QuotationFinder.Quotation> byCharacters(String text) {
        List<QuotationFinder.Quotation> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int open = -1;
            char close = 0;
            for (int i = lineStart; i < lineEnd; i++) {
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
            if (open >= 0) add(text, open, lineEnd, false, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void add(String text, int open, int close, boolean closed, List<QuotationFinder.Quotation> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new QuotationFinder.Quotation(open, close, start, end, closed));
    }
}
