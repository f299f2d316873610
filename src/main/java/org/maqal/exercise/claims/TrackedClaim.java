package org.maqal.exercise.claims;

import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;

/**
 * A claim of one article, as the claim sheet tracks it.
 *
 * @param article the article it is in
 * @param claim   the claim as analysis found it
 */
public record TrackedClaim(ArticleAnalysis article, Claim claim) {
    public String articleId() {
        return article.id();
    }

    public int sentence() {
        return claim.sentence();
    }
}
