package org.maqal.model;

/**
 * Measures of how hard an article is to read.
 *
 * @param words              number of Arabic words
 * @param sentences          number of sentences
 * @param wordsPerSentence   mean words per sentence
 * @param lettersPerWord     mean letters per word
 * @param longWordShare      share of words with more than six letters
 * @param typeTokenRatio     distinct normalised words over words
 * @param rareWordShare      share of content words outside the corpus's most frequent words
 */
public record Readability(int words, int sentences, double wordsPerSentence, double lettersPerWord,
                          double longWordShare, double typeTokenRatio, double rareWordShare) {
}
