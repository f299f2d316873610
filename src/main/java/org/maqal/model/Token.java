package org.maqal.model;

/**
 * A word, number or punctuation mark of an article.
 *
 * @param text     the token as written
 * @param start    offset of its first character in the article text
 * @param end      offset just after its last character
 * @param sentence index of the sentence it belongs to
 * @param normal   the normalised form used for matching (no diacritics, unified letters and digits)
 * @param stem     a light stem for grouping forms of one word; equal to {@code normal} for non-Arabic
 * @param function whether it is a function word (preposition, conjunction, pronoun, particle)
 */
public record Token(String text, int start, int end, int sentence, TokenKind kind, String normal,
                    String stem, boolean function) {

    public boolean isArabicWord() { return kind == TokenKind.ARABIC; }

    /** True for an Arabic word that can carry meaning on its own: not a function word. */
    public boolean isContentWord() { return kind == TokenKind.ARABIC && !function; }
}
