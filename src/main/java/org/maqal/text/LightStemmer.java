package org.maqal.text;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Light stems through Lucene's Arabic analysis ({@link org.apache.lucene.analysis.ar.ArabicNormalizer}
 * then {@link ArabicStemmer}): the definite article, attached conjunctions and common suffixes come
 * off, so that forms of one word share a stem. A stem groups words; it is never shown as a word.
 * Thread-safe; Lucene's stemmer and normaliser keep no state.
 */
public final class LightStemmer {
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final org.apache.lucene.analysis.ar.ArabicNormalizer normalizer =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    /** The stem of an already normalised Arabic word ({@link ArabicNormalizer#normalize}). */
    public String stem(String normalWord) {
        char[] buffer = normalWord.toCharArray();
        int length = normalizer.normalize(buffer, buffer.length);
        length = stemmer.stem(buffer, length);
        return new String(buffer, 0, length);
    }
}
