package org.maqal.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

    /** The builder's tokens, in its arrays when they have little room to spare, else in copies of the right length. */
    private TokenList(Builder b) {
        size = b.size;
        boolean trim = b.texts.length - size > size / 4;
        texts = trim ? Arrays.copyOf(b.texts, size) : b.texts;
        normals = trim ? Arrays.copyOf(b.normals, size) : b.normals;
        stems = trim ? Arrays.copyOf(b.stems, size) : b.stems;
        starts = trim ? Arrays.copyOf(b.starts, size) : b.starts;
        ends = trim ? Arrays.copyOf(b.ends, size) : b.ends;
        sentences = trim ? Arrays.copyOf(b.sentences, size) : b.sentences;
        flags = trim ? Arrays.copyOf(b.flags, size) : b.flags;
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

    /** Collects tokens in order; may go on collecting after it has built a list, which does not change. Not thread-safe. */
    public static final class Builder {
        private int size;
        /** Whether a built list uses the arrays, so that they must not be written again. */
        private boolean handedOver;
        private String[] texts;
        private String[] normals;
        private String[] stems;
        private int[] starts;
        private int[] ends;
        private int[] sentences;
        private byte[] flags;

        private Builder(int capacity) {
            allocate(Math.max(capacity, 8));
        }

        private void allocate(int n) {
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
            if (handedOver) {
                handedOver = false;
                resize(texts.length);
            }
            if (size == texts.length) resize(texts.length * 2);
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

        /** Copies the arrays into new ones of length n. */
        private void resize(int n) {
            texts = Arrays.copyOf(texts, n);
            normals = Arrays.copyOf(normals, n);
            stems = Arrays.copyOf(stems, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sentences = Arrays.copyOf(sentences, n);
            flags = Arrays.copyOf(flags, n);
        }

        /** The tokens added so far, as an immutable list. */
        public TokenList build() {
            TokenList list = new TokenList(this);
            handedOver = list.texts == texts;
            return list;
        }
    }

    @Override
    public Token get(int index) {
        Objects.checkIndex(index, size);
        return new Token(texts[index], starts[index], ends[index], sentences[index], kind(index), normals[index], stems[index],
                function(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** {@link Token#text()} of the token at {@code index}. */
    public String text(int index) { return texts[Objects.checkIndex(index, size)]; }

    /** {@link Token#start()} of the token at {@code index}. */
    public int start(int index) { return starts[Objects.checkIndex(index, size)]; }

    /** {@link Token#end()} of the token at {@code index}. */
    public int end(int index) { return ends[Objects.checkIndex(index, size)]; }

    /** {@link Token#sentence()} of the token at {@code index}. */
    public int sentence(int index) { return sentences[Objects.checkIndex(index, size)]; }

    /** {@link Token#kind()} of the token at {@code index}. */
    public TokenKind kind(int index) { return KINDS[flags[Objects.checkIndex(index, size)] & (FUNCTION - 1)]; }

    /** {@link Token#normal()} of the token at {@code index}. */
    public String normal(int index) { return normals[Objects.checkIndex(index, size)]; }

    /** {@link Token#stem()} of the token at {@code index}. */
    public String stem(int index) { return stems[Objects.checkIndex(index, size)]; }

    /** {@link Token#function()} of the token at {@code index}. */
    public boolean function(int index) { return (flags[Objects.checkIndex(index, size)] & FUNCTION) != 0; }

    /** {@link Token#isArabicWord()} of the token at {@code index}. */
    public boolean isArabicWord(int index) { return kind(index) == TokenKind.ARABIC; }

    /** {@link Token#isContentWord()} of the token at {@code index}. */
    public boolean isContentWord(int index) { return kind(index) == TokenKind.ARABIC && !function(index); }
}
