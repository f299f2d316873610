/**
 * Other coverage of the same story: {@link org.maqal.analysis.related.RelatedIndex} finds the articles
 * of a library most like one article through an inverted index of distinctive word stems, and
 * {@link org.maqal.analysis.related.RelatedIndexFile} keeps it beside the corpus for a warm start.
 */
package org.maqal.analysis.related;
