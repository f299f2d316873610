package org.maqal.exercise.claims;

/**
 * How one other text (another article, the headline, or another claim) stands to a claim.
 *
 * @param agreement whether it repeats the claim, contradicts it or is silent
 * @param articleId the article of the other text
 * @param sentence  the sentence that repeats or contradicts it, or -1 when silent
 * @param overlap   how much of the claim's weighted wording the sentence shares, from 0 to 1
 * @param why       what the link rests on
 */
public record Link(Agreement agreement, String articleId, int sentence, double overlap, Why why) {
    /** What a link rests on. */
    public enum Why {
        /** Shared words and names. */
        WORDING,
        /** The same figure, or another figure for the same measure. */
        FIGURE,
        /** The same words, one side negated. */
        NEGATION,
        /** Nothing: the other text is silent. */
        NOTHING
    }

    static Link silent(String articleId) {
        return new Link(Agreement.SILENT, articleId, -1, 0, Why.NOTHING);
    }
}
