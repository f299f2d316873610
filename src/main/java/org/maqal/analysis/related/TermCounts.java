package org.maqal.analysis.related;

import java.util.Objects;
import org.maqal.text.TextDigest;

/**
 * The terms of one article and how often each occurs, with the article's id and the
 * {@link org.maqal.text.TextDigest} of the text they came from. {@code terms} and {@code counts} are parallel arrays; each term once.
 *
 * @param id     the article's id
 * @param hash   the {@link org.maqal.text.TextDigest} of the article's text, 32 bytes
 * @param terms  distinct terms (light stems of content words, lower-case Latin words)
 * @param counts how often each term occurs, at least 1
 */
record TermCounts(String id, byte[] hash, String[] terms, int[] counts) {
    TermCounts {
        Objects.requireNonNull(id, "id");
        if (hash.length != TextDigest.BYTES) throw new IllegalArgumentException("a text digest has 32 bytes");
        if (terms.length != counts.length) throw new IllegalArgumentException("one count per term");
    }
}
