package org.maqal.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.maqal.model.Sentence;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;
import org.maqal.text.TextPipeline;

/**
 * The tokens of one sentence with safe look-ups: asking for a token before the first or after the
 * last gives an empty normal form instead of an exception, so patterns can look around freely.
 * Immutable; thread-safe.
 */
final class SentenceTokens {
    private final String text;
    private final int sentence;
    private final int first;
    private final List<Token> tokens;
    private final List<String> normals;

    /** The tokens [from, to) of a text's tokens, without copying them. */
    private SentenceTokens(String text, int sentence, List<Token> all, int from, int to) {
        this.text = text;
        this.sentence = sentence;
        this.first = from;
        this.tokens = all.subList(from, to);
        this.normals = new Normals(this.tokens);
    }

    /** The normal forms of tokens, read from them when asked for. */
    private static final class Normals extends AbstractList<String> implements RandomAccess {
        private final List<Token> tokens;

        Normals(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public String get(int index) { return tokens.get(index).normal(); }

        @Override
        public int size() { return tokens.size(); }
    }

    /** The sentences of a processed text, each with its tokens. */
    static List<SentenceTokens> of(TextPipeline.Text text) {
        List<SentenceTokens> out = new ArrayList<>(text.sentences().size());
        List<Token> all = text.tokens();
        int t = 0;
        for (Sentence s : text.sentences()) {
            while (t < all.size() && all.get(t).sentence() < s.index()) t++;
            int from = t;
            while (t < all.size() && all.get(t).sentence() == s.index()) t++;
            out.add(new SentenceTokens(text.text(), s.index(), all, from, t));
        }
        return out;
    }

    int size() { return tokens.size(); }

    int sentence() { return sentence; }

    /** The index in the text's tokens of this sentence's first token. */
    int first() { return first; }

    Token token(int k) { return tokens.get(k); }

    /** The normal forms of all tokens, in order. */
    List<String> normals() { return normals; }

    /** The normal form of token {@code k}, or "" outside the sentence. */
    String normal(int k) { return k >= 0 && k < normals.size() ? normals.get(k) : ""; }

    /** The text of token {@code k} as written, or "" outside the sentence. */
    String written(int k) { return k >= 0 && k < tokens.size() ? tokens.get(k).text() : ""; }

    boolean is(int k, TokenKind kind) { return k >= 0 && k < tokens.size() && tokens.get(k).kind() == kind; }

    /** A content word: Arabic and not a function word. */
    boolean isContentWord(int k) { return k >= 0 && k < tokens.size() && tokens.get(k).isContentWord(); }

    /** Whether token {@code k} starts right where token {@code k - 1} ends, with no space between. */
    boolean touchesPrevious(int k) {
        return k > 0 && k < tokens.size() && tokens.get(k - 1).end() == tokens.get(k).start();
    }

    /**
     * The span from token {@code first} (skipping {@code trim} letters of proclitics written onto it)
     * to the end of token {@code last}.
     */
    Span span(int first, int trim, int last) {
        Token from = tokens.get(first);
        int start = from.start();
        for (int letters = 0; letters < trim && start < from.end(); start++) {
            if (Character.isLetter(text.charAt(start))) letters++;
        }
        while (trim > 0 && start < from.end() && !Character.isLetterOrDigit(text.charAt(start))) start++;
        int end = tokens.get(last).end();
        return new Span(start, end, sentence, text.substring(start, end));
    }
}
