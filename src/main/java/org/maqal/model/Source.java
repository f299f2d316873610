package org.maqal.model;

/**
 * The sentence an item comes from.
 *
 * @param articleId     the article's id in the corpus
 * @param sentenceIndex the sentence's index in that article, from 0
 */
public record Source(String articleId, int sentenceIndex) {
    public Source {
        Checks.id(articleId, "a source");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("a source in " + articleId + " has a negative sentence index (" + sentenceIndex + ")");
        }
    }
}
