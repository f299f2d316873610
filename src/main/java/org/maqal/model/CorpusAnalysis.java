package org.maqal.model;

import java.util.List;
import java.util.Optional;

/** The analysis of every article of a corpus, in corpus order. */
public record CorpusAnalysis(List<ArticleReport> reports) {
    public CorpusAnalysis {
        reports = List.copyOf(reports);
    }

    public Optional<ArticleReport> report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
