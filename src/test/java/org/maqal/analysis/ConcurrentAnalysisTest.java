package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;

/** One analyzer shared by several threads gives what it gives on one thread. */
class ConcurrentAnalysisTest {

    @Test
    void aSharedAnalyzerGivesTheSameEntitiesAndClaimsOnEveryThread() throws Exception {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        List<Article> articles = new ArrayList<>();
        for (String id : List.of("000", "001", "002", "003", "004")) {
            articles.add(new Article(id, ArticleMetadata.titled(MetaField.supplied(id)), SeedArticles.text(id)));
        }
        List<ArticleAnalysis> alone = articles.stream().map(analyzer::analyze).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleAnalysis>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Article a : articles) futures.add(pool.submit(() -> analyzer.analyze(a)));
            }
            for (int k = 0; k < futures.size(); k++) {
                ArticleAnalysis together = futures.get(k).get();
                ArticleAnalysis expected = alone.get(k % articles.size());
                assertThat(together.entities()).isEqualTo(expected.entities());
                assertThat(together.claims()).isEqualTo(expected.claims());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
