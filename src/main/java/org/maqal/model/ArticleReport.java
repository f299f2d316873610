package org.maqal.model;

import java.util.List;

/**
 * One article's analysis with what can only be measured against the whole corpus: its vocabulary
 * (keyness, topic or particular), kept compactly as a {@link VocabularyList}, and its readability.
 */
public record ArticleReport(ArticleAnalysis analysis, List<VocabularyItem> vocabulary, Readability readability) {
    public ArticleReport {
        vocabulary = VocabularyList.copyOf(vocabulary);
    }

    public Article article() { return analysis.article(); }

    public String id() { return analysis.id(); }
}
