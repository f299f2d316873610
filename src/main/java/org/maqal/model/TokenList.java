package org.maqal.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of tokens that keeps their fields side by side in arrays rather than one object
 * per token, so that a text's tokens, and a kept analysis of a long corpus, cost the memory (and the
 * garbage collector) a fraction of what a list of {@link Token} records would. What tokens written
 * alike share (text, normal form, stem, function mark) is one {@link WordForm} they all refer to.
 * {@link #get} makes a {@link Token} equal to the one stored; the field accessors ({@link #normal(int)} …) read one field
 * of a token without making it. A {@linkplain #lazy(Supplier) lazy} list makes its arrays only when
 * first read, so that an analysis read from a cache costs nothing until its tokens are used.
 * Thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int FUNCTION = 0x10;
    private static final int KIND = FUNCTION - 1;
    private static final int ARABIC = TokenKind.ARABIC.ordinal();

    /** The fields of the tokens; immutable, so that a thread that sees the reference sees the arrays whole. */
    private record Columns(int size, WordForm[] words, int[] starts, int[] ends, int[] sentences, byte[] flags) {
    }

    /** The arrays of a list built at once; null for a lazy list. */
    private final Columns built;
    /** The arrays of a lazy list, made when first read; null for a list built at once. */
    private final Lazy<Columns> lazy;

    /** The builder's tokens, in its arrays when they have little room to spare, else in copies of the right length. */
    private TokenList(Builder b) {
        int size = b.size;
        boolean trim = b.words.length - size > size / 4;
        built = new Columns(size, trim ? Arrays.copyOf(b.words, size) : b.words,
                trim ? Arrays.copyOf(b.starts, size) : b.starts, trim ? Arrays.copyOf(b.ends, size) : b.ends,
                trim ? Arrays.copyOf(b.sentences, size) : b.sentences, trim ? Arrays.copyOf(b.flags, size) : b.flags);
        lazy = null;
    }

    private TokenList(Supplier<TokenList> source) {
        built = null;
        lazy = new Lazy<>(() -> source.get().columns());
    }

    /**
     * A list whose tokens are those of the list {@code source} gives, asked for once, when the list is
     * first read (its size included), by whichever thread reads it first. What {@code source} throws
     * reaches that reader, and the next reader asks again.
     */
    public static TokenList lazy(Supplier<TokenList> source) {
        return new TokenList(Objects.requireNonNull(source, "source"));
    }

    /** The arrays, made first when this is a lazy list read for the first time. */
    private Columns columns() {
        Columns c = built;
        return c != null ? c : lazy.get();
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
        private WordForm[] words;
        private int[] starts;
        private int[] ends;
        private int[] sentences;
        private byte[] flags;

        private Builder(int capacity) {
            allocate(Math.max(capacity, 8));
        }

        private void allocate(int n) {
            words = new WordForm[n];
            starts = new int[n];
            ends = new int[n];
            sentences = new int[n];
            flags = new byte[n];
        }

        /** Adds a token with the fields of {@link Token}. */
        public Builder add(String text, int start, int end, int sentence, TokenKind kind, String normal, String stem,
                           boolean function) {
            return add(new WordForm(text, normal, stem, function), start, end, sentence, kind);
        }

        /** Adds a token written as {@code word}; tokens written alike may share one word. */
        public Builder add(WordForm word, int start, int end, int sentence, TokenKind kind) {
            return add(word, start, end, sentence, kind, word.function());
        }

        /**
         * Adds a token written as {@code word}, whose {@link WordForm#function()} is {@code function}:
         * for a tokenizer that has the mark at hand, so that adding a token does not read the word.
         */
        public Builder add(WordForm word, int start, int end, int sentence, TokenKind kind, boolean function) {
            if (handedOver) {
                handedOver = false;
                resize(words.length);
            }
            if (size == words.length) resize(words.length * 2);
            words[size] = word;
            starts[size] = start;
            ends[size] = end;
            sentences[size] = sentence;
            flags[size] = (byte) (kind.ordinal() | (function ? FUNCTION : 0));
            size++;
            return this;
        }

        /** Copies the arrays into new ones of length n. */
        private void resize(int n) {
            words = Arrays.copyOf(words, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sentences = Arrays.copyOf(sentences, n);
            flags = Arrays.copyOf(flags, n);
        }

        /** The tokens added so far, as an immutable list. */
        public TokenList build() {
            TokenList list = new TokenList(this);
            handedOver = list.built.words == words;
            return list;
        }
    }

    @Override
    public Token get(int index) {
        Columns c = columns();
        Objects.checkIndex(index, c.size);
        WordForm word = c.words[index];
        return new Token(word.text(), c.starts[index], c.ends[index], c.sentences[index], KINDS[c.flags[index] & KIND],
                word.normal(), word.stem(), word.function());
    }

    @Override
    public int size() {
        return columns().size;
    }

    /** {@link Token#text()} of the token at {@code index}. */
    public String text(int index) { Columns c = columns(); return c.words[Objects.checkIndex(index, c.size)].text(); }

    /** {@link Token#start()} of the token at {@code index}. */
    public int start(int index) { Columns c = columns(); return c.starts[Objects.checkIndex(index, c.size)]; }

    /** {@link Token#end()} of the token at {@code index}. */
    public int end(int index) { Columns c = columns(); return c.ends[Objects.checkIndex(index, c.size)]; }

    /** {@link Token#sentence()} of the token at {@code index}. */
    public int sentence(int index) { Columns c = columns(); return c.sentences[Objects.checkIndex(index, c.size)]; }

    /** {@link Token#kind()} of the token at {@code index}. */
    public TokenKind kind(int index) { Columns c = columns(); return KINDS[c.flags[Objects.checkIndex(index, c.size)] & KIND]; }

    /** {@link Token#normal()} of the token at {@code index}. */
    public String normal(int index) { Columns c = columns(); return c.words[Objects.checkIndex(index, c.size)].normal(); }

    /** {@link Token#stem()} of the token at {@code index}. */
    public String stem(int index) { Columns c = columns(); return c.words[Objects.checkIndex(index, c.size)].stem(); }

    /** {@link Token#function()} of the token at {@code index}. */
    public boolean function(int index) { Columns c = columns(); return (c.flags[Objects.checkIndex(index, c.size)] & FUNCTION) != 0; }

    /** {@link Token#isArabicWord()} of the token at {@code index}. */
    public boolean isArabicWord(int index) { Columns c = columns(); return (c.flags[Objects.checkIndex(index, c.size)] & KIND) == ARABIC; }

    /** {@link Token#isContentWord()} of the token at {@code index}. */
    public boolean isContentWord(int index) { Columns c = columns(); return (c.flags[Objects.checkIndex(index, c.size)] & (KIND | FUNCTION)) == ARABIC; }

    /**
     * The first token that starts at or after {@code offset}, or {@link #size()} when none does.
     * Like every search here, it relies on the tokens being in text order, as a tokenizer makes them.
     */
    public int firstStartingFrom(int offset) {
        Columns c = columns();
        // every token starts at or after the least offset, which has no offset before it to search above
        return offset == Integer.MIN_VALUE ? 0 : firstAbove(c.starts, c.size, offset - 1);
    }

    /** The first token that ends after {@code offset}: the token holding that character, else the next one, else {@link #size()}. */
    public int firstEndingAfter(int offset) { Columns c = columns(); return firstAbove(c.ends, c.size, offset); }

    /** The last token that starts at or before {@code offset}, or -1 when none does. */
    public int lastStartingAt(int offset) { Columns c = columns(); return firstAbove(c.starts, c.size, offset) - 1; }

    /**
     * The first of the {@code size} ascending values that is greater than {@code key}, or {@code size}.
     * The range halves by a choice between two positions rather than a branch, which the processor
     * cannot guess for a search; analysing a text makes one such search per entity mention.
     */
    private static int firstAbove(int[] ascending, int size, int key) {
        if (size == 0) return 0;
        int base = 0;
        for (int length = size; length > 1; length -= length >>> 1) {
            int half = length >>> 1;
            base = ascending[base + half] <= key ? base + half : base;
        }
        return ascending[base] <= key ? base + 1 : base;
    }
}
