package org.maqal.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of tokens that keeps their fields side by side in arrays rather than one object
 * per token, so that a text's tokens, and a kept analysis of a long corpus, cost the memory (and the
 * garbage collector) a fraction of what a list of {@link Token} records would. {@link #get} makes a
 * {@link Token} equal to the one stored; the field accessors ({@link #normal(int)} …) read one field
 * of a token without making it. Thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int FUNCTION = 0x10;

    private final int size;
    private final String[] texts;
    private final String[] normals;
    private final String[] stems;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentences;
    private final byte[] flags;

    private TokenList(Builder b) {
        size = b.size;
        texts = Arrays.copyOf(b.texts, size);
        normals = Arrays.copyOf(b.normals, size);
        stems = Arrays.copyOf(b.stems, size);
        starts = Arrays.copyOf(b.starts, size);
        ends = Arrays.copyOf(b.ends, size);
        sentences = Arrays.copyOf(b.sentences, size);
        flags = Arrays.copyOf(b.flags, size);
    }

    /**
     * The tokens as a token list: the list itself when it is one, otherwise a copy.
     *
     * @throws NullPointerException if the list or a token in it is null
     */
    public static TokenList copyOf(List<Token> tokens) {
        if (tokens instanceof TokenList list) return list;
        Builder b = builder(tokens.size());
        for (Token t : tokens) b.add(t.text(), t.start(), t.end(), t.sentence(), t.kind(), t.normal(), t.stem(), t.function());
        return b.build();
    }

    /** A builder expecting about {@code capacity} tokens. */
    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** Collects tokens in order; may be cleared and used again. Not thread-safe. */
    public static final class Builder {
        private int size;
        private String[] texts;
        private String[] normals;
        private String[] stems;
        private int[] starts;
        private int[] ends;
        private int[] sentences;
        private byte[] flags;

        private Builder(int capacity) {
            int n = Math.max(capacity, 8);
            texts = new String[n];
            normals = new String[n];
            stems = new String[n];
            starts = new int[n];
            ends = new int[n];
            sentences = new int[n];
            flags = new byte[n];
        }

        /** Adds a token with the fields of {@link Token}. */
        public Builder add(String text, int start, int end, int sentence, TokenKind kind, String normal, String stem,
                           boolean function) {
            if (size == texts.length) grow();
            texts[size] = text;
            normals[size] = normal;
            stems[size] = stem;
            starts[size] = start;
            ends[size] = end;
            sentences[size] = sentence;
            flags[size] = (byte) (kind.ordinal() | (function ? FUNCTION : 0));
            size++;
            return this;
        }

        private void grow() {
            int n = texts.length * 2;
            texts = Arrays.copyOf(texts, n);
            normals = Arrays.copyOf(normals, n);
            stems = Arrays.copyOf(stems, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sentences = Arrays.copyOf(sentences, n);
            flags = Arrays.copyOf(flags, n);
        }

        /** The tokens added so far, as an immutable list; the builder keeps them until cleared. */
        public TokenList build() {
            return new TokenList(this);
        }

        /** Forgets the tokens added, keeping the room made for them. */
        public Builder clear() {
            Arrays.fill(texts, 0, size, null);
            Arrays.fill(normals, 0, size, null);
            Arrays.fill(stems, 0, size, null);
            size = 0;
            return this;
        }
    }

    @Override
    public Token get(int index) {
        return new Token(texts[index], starts[index], ends[index], sentences[index], kind(index), normals[index], stems[index],
                function(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** {@link Token#text()} of the token at {@code index}. */
    public String text(int index) { return texts[index]; }

    /** {@link Token#start()} of the token at {@code index}. */
    public int start(int index) { return starts[index]; }

    /** {@link Token#end()} of the token at {@code index}. */
    public int end(int index) { return ends[index]; }

    /** {@link Token#sentence()} of the token at {@code index}. */
    public int sentence(int index) { return sentences[index]; }

    /** {@link Token#kind()} of the token at {@code index}. */
    public TokenKind kind(int index) { return KINDS[flags[index] & (FUNCTION - 1)]; }

    /** {@link Token#normal()} of the token at {@code index}. */
    public String normal(int index) { return normals[index]; }

    /** {@link Token#stem()} of the token at {@code index}. */
    public String stem(int index) { return stems[index]; }

    /** {@link Token#function()} of the token at {@code index}. */
    public boolean function(int index) { return (flags[index] & FUNCTION) != 0; }

    /** {@link Token#isArabicWord()} of the token at {@code index}. */
    public boolean isArabicWord(int index) { return kind(index) == TokenKind.ARABIC; }

    /** {@link Token#isContentWord()} of the token at {@code index}. */
    public boolean isContentWord(int index) { return kind(index) == TokenKind.ARABIC && !function(index); }
}
