package org.maqal.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of tokens that keeps their fields side by side in arrays rather than one object
 * per token, so that a kept analysis of a long corpus costs the memory (and the garbage collector)
 * a fraction of what a list of {@link Token} records would. {@link #get} gives a {@link Token}
 * equal to the one that was stored. Thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int FUNCTION = 0x10;

    private final String[] texts;
    private final String[] normals;
    private final String[] stems;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentences;
    private final byte[] flags;

    private TokenList(int size) {
        texts = new String[size];
        normals = new String[size];
        stems = new String[size];
        starts = new int[size];
        ends = new int[size];
        sentences = new int[size];
        flags = new byte[size];
    }

    /**
     * The tokens as a token list: the list itself when it is one, otherwise a copy.
     *
     * @throws NullPointerException if the list or a token in it is null
     */
    public static TokenList copyOf(List<Token> tokens) {
        if (tokens instanceof TokenList list) return list;
        TokenList out = new TokenList(tokens.size());
        for (int i = 0; i < out.texts.length; i++) {
            Token t = tokens.get(i);
            out.texts[i] = t.text();
            out.normals[i] = t.normal();
            out.stems[i] = t.stem();
            out.starts[i] = t.start();
            out.ends[i] = t.end();
            out.sentences[i] = t.sentence();
            out.flags[i] = (byte) (t.kind().ordinal() | (t.function() ? FUNCTION : 0));
        }
        return out;
    }

    @Override
    public Token get(int index) {
        int flag = flags[index];
        return new Token(texts[index], starts[index], ends[index], sentences[index], KINDS[flag & (FUNCTION - 1)],
                normals[index], stems[index], (flag & FUNCTION) != 0);
    }

    @Override
    public int size() {
        return texts.length;
    }
}
