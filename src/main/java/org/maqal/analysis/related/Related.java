package org.maqal.analysis.related;

import java.util.Objects;

/**
 * An article found like another.
 *
 * @param articleId the article's id
 * @param score     how alike the two are, from 0 (nothing distinctive in common) to 1 (the same words)
 */
public record Related(String articleId, double score) {
    public Related {
        Objects.requireNonNull(articleId, "articleId");
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("a score is between 0 and 1: " + score);
    }
}
