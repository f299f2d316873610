package org.maqal.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.maqal.model.SentenceList;
import org.maqal.model.Span;
import org.maqal.model.TokenKind;
import org.maqal.model.TokenList;
import org.maqal.text.TextPipeline;

/**
 * The tokens of one sentence with safe look-ups: asking for a token before the first or after the
 * last gives an empty normal form instead of an exception, so patterns can look around freely.
 * Immutable; thread-safe.
 */
final class SentenceTokens {
    private final String text;
    private final int sentence;
    private final TokenList all;
    private final int first;
    private final int size;
    private final List<String> normals;

    /** The tokens [from, to) of a text's tokens, without copying them. */
    private SentenceTokens(String text, int sentence, TokenList all, int from, int to) {
        this.text = text;
        this.sentence = sentence;
        this.all = all;
        this.first = from;
        this.size = to - from;
        this.normals = new Normals();
    }

    /** The normal forms of the sentence's tokens, read from them when asked for. */
    private final class Normals extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
            return all.normal(first + index);
        }

        @Override
        public int size() { return size; }
    }

    /** The sentences of a processed text, each with its tokens. */
    static List<SentenceTokens> of(TextPipeline.Text text) {
        List<SentenceTokens> out = new ArrayList<>(text.sentences().size());
        TokenList all = TokenList.copyOf(text.tokens());
        int t = 0;
        for (int index : SentenceList.indexes(text.sentences())) {
            while (t < all.size() && all.sentence(t) < index) t++;
            int from = t;
            while (t < all.size() && all.sentence(t) == index) t++;
            out.add(new SentenceTokens(text.text(), index, all, from, t));
        }
        return out;
    }

    int size() { return size; }

    int sentence() { return sentence; }

    /** The index in the text's tokens of this sentence's first token. */
    int first() { return first; }

    /** The normal forms of all tokens, in order. */
    List<String> normals() { return normals; }

    /** The normal form of token {@code k}, or "" outside the sentence. */
    String normal(int k) { return k >= 0 && k < size ? all.normal(first + k) : ""; }

    /** The text of token {@code k} as written, or "" outside the sentence. */
    String written(int k) { return k >= 0 && k < size ? all.text(first + k) : ""; }

    boolean is(int k, TokenKind kind) { return k >= 0 && k < size && all.kind(first + k) == kind; }

    /** A content word: Arabic and not a function word. */
    boolean isContentWord(int k) { return k >= 0 && k < size && all.isContentWord(first + k); }

    /** Whether token {@code k} starts right where token {@code k - 1} ends, with no space between. */
    boolean touchesPrevious(int k) {
        return k > 0 && k < size && all.end(first + k - 1) == all.start(first + k);
    }

    /**
     * The span from token {@code from} (skipping {@code trim} letters of proclitics written onto it)
     * to the end of token {@code last}.
     */
    Span span(int from, int trim, int last) {
        int start = all.start(first + from);
        int fromEnd = all.end(first + from);
        for (int letters = 0; letters < trim && start < fromEnd; start++) {
            if (Character.isLetter(text.charAt(start))) letters++;
        }
        while (trim > 0 && start < fromEnd && !Character.isLetterOrDigit(text.charAt(start))) start++;
        int end = all.end(first + last);
        return new Span(start, end, sentence, text.substring(start, end));
    }
}
