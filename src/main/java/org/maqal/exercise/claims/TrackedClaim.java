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
    /** Equal when the same claim of the same article: compared by article id, not the whole analysis. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrackedClaim t && t.articleId().equals(articleId()) && t.claim.equals(claim);
    }

    @Override
    public int hashCode() {
        return 31 * articleId().hashCode() + claim.hashCode();
    }

    public String articleId() {
        return article.id();
    }

    public int sentence() {
        return claim.sentence();
    }
}
