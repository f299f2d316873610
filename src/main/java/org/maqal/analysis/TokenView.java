package org.maqal.analysis;

import java.util.Arrays;
import org.maqal.model.Token;
import org.maqal.model.TokenList;
import org.maqal.model.TokenKind;

/**
 * The tokens of one text with the runs already known to name an organisation or a place, and small
 * tests on tokens that the name and claim finders share. Built for one text and not shared; it
 * does not change once built.
 */
final class TokenView {
    private static final String QUOTES = "\"«»“”";

    private final TokenList tokens;
    /** The number of tokens, kept here because the finders ask for it, or test against it, at every token. */
    private final int size;
    private final LexiconWords.Word[] words;
    /** For each token, the known run that last claimed it (from 1), or 0. */
    private final int[] run;
    private final int[] runStart;
    private final int[] runEnd;
    private final String[] runKey;

    private TokenView(Builder b) {
        this.tokens = b.tokens;
        this.size = b.tokens.size();
        this.words = b.words;
        this.run = b.run;
        this.runStart = b.runStart;
        this.runEnd = b.runEnd;
        this.runKey = b.runKey;
    }

    /**
     * Starts a view of tokens with what the lexicon says of each ({@link LexiconWords#of(TokenList)});
     * mark the known runs with the builder, then call {@link Builder#build()}.
     */
    static Builder builder(TokenList tokens, LexiconWords.Word[] words) {
        return new Builder(tokens, words);
    }

    static final class Builder {
        private final TokenList tokens;
        private final LexiconWords.Word[] words;
        private final int[] run;
        private int runs;
        private int[] runStart = new int[8];
        private int[] runEnd = new int[8];
        private String[] runKey = new String[8];

        private Builder(TokenList tokens, LexiconWords.Word[] words) {
            if (words.length != tokens.size()) throw new IllegalArgumentException("One word per token");
            this.tokens = tokens;
            this.words = words;
            this.run = new int[tokens.size()];
        }

        /** Marks tokens [start, end) as naming one known organisation or place, identified by key. */
        Builder known(int start, int end, String key) {
            if (++runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runEnd = Arrays.copyOf(runEnd, runs * 2);
                runKey = Arrays.copyOf(runKey, runs * 2);
            }
            runStart[runs] = start;
            runEnd[runs] = end;
            runKey[runs] = key;
            for (int i = start; i < end; i++) run[i] = runs;
            return this;
        }

        TokenView build() {
            return new TokenView(this);
        }
    }

    TokenList tokens() { return tokens; }

    int size() { return size; }

    Token get(int i) { return tokens.get(i); }

    String normal(int i) { return tokens.normal(i); }

    /** The text of token i as written. */
    String text(int i) { return tokens.text(i); }

    int start(int i) { return tokens.start(i); }

    int end(int i) { return tokens.end(i); }

    TokenKind kind(int i) { return tokens.kind(i); }

    int sentence(int i) { return tokens.sentence(i); }

    /** What the lexicon says of token i's normal form. */
    LexiconWords.Word word(int i) { return words[i]; }

    boolean inRange(int i) { return i >= 0 && i < size; }

    boolean sameSentence(int i, int j) {
        return inRange(i) && inRange(j) && tokens.sentence(i) == tokens.sentence(j);
    }

    /** If a known organisation or place starts at token i, the token just after it; else -1. */
    int knownEndAt(int i) { return inRange(i) && run[i] > 0 && runStart[run[i]] == i ? runEnd[run[i]] : -1; }

    /** Whether token i lies in a known organisation or place. */
    boolean isKnown(int i) { return inRange(i) && run[i] > 0; }

    /** The key of the known organisation or place token i lies in, or null. */
    String knownKey(int i) { return inRange(i) && run[i] > 0 ? runKey[run[i]] : null; }

    boolean isArabic(int i) { return inRange(i) && tokens.isArabicWord(i); }

    boolean isFunction(int i) { return inRange(i) && tokens.function(i); }

    boolean is(int i, String normal) { return inRange(i) && tokens.normal(i).equals(normal); }

    boolean isPunctuation(int i) { return inRange(i) && tokens.kind(i) == TokenKind.PUNCTUATION; }

    /**
     * Whether the token at {@code i} is the punctuation mark {@code mark}: told by its kind before its
     * text is read, so that asking it of every word in turn costs little.
     */
    boolean isMark(int i, char mark) {
        if (!isPunctuation(i)) return false;
        String normal = tokens.normal(i);
        return normal.length() == 1 && normal.charAt(0) == mark;
    }

    boolean isComma(int i) { return isMark(i, '،') || isMark(i, ','); }

    boolean isQuoteMark(int i) {
        return isPunctuation(i) && QUOTES.indexOf(tokens.text(i).charAt(0)) >= 0;
    }

    boolean isOpeningQuote(int i) {
        if (!isPunctuation(i)) return false;
        char c = tokens.text(i).charAt(0);
        return c == '«' || c == '“' || c == '"';
    }

    /** Whether token i is an Arabic word with the article, after any attached و ف ب ل ك. */
    boolean isDefinite(int i) { return isArabic(i) && words[i].definite(); }

    /**
     * If a short quotation or bracket of at most {@code maxWords} tokens opens at token i, the token
     * just after its closing mark; else -1. Such short quotations are names ("الناتو", "آسيا"),
     * not what someone said.
     */
    int shortQuoteEnd(int i, int maxWords) {
        if (!isOpeningQuote(i) && !isMark(i, '(')) return -1;
        char open = tokens.text(i).charAt(0);
        char close = switch (open) {
            case '«' -> '»';
            case '“' -> '”';
            case '(' -> ')';
            default -> '"';
        };
        for (int j = i + 1; j <= i + maxWords + 1 && sameSentence(i, j); j++) {
            if (isPunctuation(j) && tokens.text(j).charAt(0) == close) return j > i + 1 ? j + 1 : -1;
        }
        return -1;
    }
}
