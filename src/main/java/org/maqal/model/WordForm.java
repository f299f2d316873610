package org.maqal.model;

import java.util.Objects;

/**
 * A word as written and what matching needs of it: the fields a {@link Token} shares with every
 * other token written the same way. A tokenizer makes one per written word and hands the same one
 * to each of its tokens, so that a token list keeps one reference per token for all four.
 *
 * @param text     the word as written
 * @param normal   its normalised form
 * @param stem     its light stem; equal to {@code normal} for a number, Latin word or punctuation mark
 * @param function whether it is a function word
 */
public record WordForm(String text, String normal, String stem, boolean function) {
    public WordForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normal, "normal");
        Objects.requireNonNull(stem, "stem");
    }
}
