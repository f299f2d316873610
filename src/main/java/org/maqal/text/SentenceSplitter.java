package org.maqal.text;

import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.SentenceList;

/**
 * Splits an article into sentences in reading order. A line break always ends a sentence, so
 * headlines and standalone lines are sentences of their own. Within a line a sentence ends at
 * {@code .}, {@code ؟}, {@code ?}, {@code !} or {@code ؛} (the last only between two clauses of some
 * length), with any closing quotation marks after it; separators the corpus puts after a full stop
 * ({@code .,}) are skipped. A full stop does not end a sentence inside a decimal (17.7), between
 * letters (م.ال, K24.com), after a single-letter abbreviation (د.), in a run of dots (..), or inside
 * a quotation that closes later on the same line. Thread-safe; stateless.
 */
public final class SentenceSplitter {
    private static final int QUOTE_REACH = 600;
    private static final int MIN_CLAUSE_WORDS = 4;

    /** The sentences of a text; blank lines give none. */
    public List<Sentence> split(String text) {
        SentenceList.Builder out = new SentenceList.Builder(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out.build();
    }

    private void splitLine(String text, int from, int to, SentenceList.Builder out) {
        int start = skipSeparators(text, from, to);
        boolean inQuote = false;
        char quoteClose = 0;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (inQuote && c == quoteClose) {
                inQuote = false;
                continue;
            }
            if (!inQuote && isOpeningQuote(c)) {
                inQuote = true;
                quoteClose = closingFor(c);
                continue;
            }
            if (!isTerminator(c) || !endsSentence(text, i, start, to)) continue;
            int end = i + 1;
            while (end < to && isTerminator(text.charAt(end))) end++;
            boolean closesQuote = inQuote && end < to && text.charAt(end) == quoteClose;
            int close = inQuote && !closesQuote ? text.indexOf(quoteClose, end) : -1;
            if (close >= 0 && close < Math.min(to, end + QUOTE_REACH)) continue;
            while (end < to && isClosing(text.charAt(end))) end++;
            inQuote = false;
            add(text, start, end, false, out);
            start = skipSeparators(text, end, to);
            i = start - 1;
        }
        if (start < to) {
            int end = trimEnd(text, start, to);
            if (end > start) add(text, start, end, !isTerminator(text.charAt(end - 1)) && !isClosing(text.charAt(end - 1)), out);
        }
    }

    private boolean endsSentence(String text, int i, int sentenceStart, int lineEnd) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
        if (c == '؛') {
            return wordsBetween(text, sentenceStart, i) >= MIN_CLAUSE_WORDS
                    && wordsBetween(text, i + 1, Math.min(lineEnd, i + 200)) >= MIN_CLAUSE_WORDS;
        }
        if (c != '.') return true;
        if (next == '.' || prev == '.') return false;
        if (ArabicLetters.isDigit(prev) && ArabicLetters.isDigit(next)) return false;
        if (Character.isLetterOrDigit(next)) return false;
        return !isSingleLetterWord(text, i);
    }

    private static boolean isSingleLetterWord(String text, int dot) {
        int j = dot - 1;
        if (j < 0 || !Character.isLetter(text.charAt(j))) return false;
        return j == 0 || isSpace(text.charAt(j - 1));
    }

    private static int wordsBetween(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static void add(String text, int start, int end, boolean headline, SentenceList.Builder out) {
        end = trimEnd(text, start, end);
        if (end <= start) return;
        out.add(start, end, headline);
    }

    private static int skipSeparators(String text, int i, int to) {
        while (i < to && (isSpace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '،'
                || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        return end;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E' || c == '\u200F';
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == '…';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '«' || c == '“';
    }

    private static char closingFor(char open) {
        return switch (open) {
            case '«' -> '»';
            case '“' -> '”';
            default -> '"';
        };
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '»' || c == '”' || c == ')' || c == '\'';
    }
}
