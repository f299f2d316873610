package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maqal.model.Article;
import org.maqal.model.CorpusAnalysis;
import org.maqal.testing.Seeds;

/**
 * Corpora too small to fill a batch, down to none at all, on one thread or several: every article
 * gets its report in order, progress counts up to the number of articles exactly, and an
 * interrupted caller gets a cancellation.
 */
class CorpusAnalyzerEdgesTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 2", "1, 1", "1, 2", "2, 2", "3, 2", "5, 4"})
    void smallCorporaGetEveryReportAndCountEveryArticle(int n, int threads) {
        List<Article> articles = Seeds.corpus().articles().subList(0, n);
        ConcurrentLinkedQueue<int[]> updates = new ConcurrentLinkedQueue<>();
        CorpusAnalysis analysis = new CorpusAnalyzer(ANALYZER, new AnalysisCache(8), threads)
                .analyze(articles, (done, total) -> updates.add(new int[] {done, total}));
        assertThat(analysis.reports()).extracting(r -> r.id()).containsExactlyElementsOf(articles.stream().map(Article::id).toList());
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(n));
        assertThat(updates.stream().mapToInt(u -> u[0]).max().orElse(0)).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({"1", "2"})
    void anInterruptedCallerGetsACancellation(int threads) {
        CorpusAnalyzer analyzer = new CorpusAnalyzer(ANALYZER, new AnalysisCache(8), threads);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> analyzer.analyze(Seeds.corpus().articles())).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
