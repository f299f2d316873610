package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.testing.Seeds;

/**
 * A corpus analysed by several workers, each summing the words of the articles it happened to take,
 * gives exactly what one thread gives: the same entities, figures, claims, vocabulary (keyness and
 * order included) and readability for every article.
 */
class CorpusAnalyzerThreadsTest {

    @Test
    void workersGiveWhatOneThreadGives() {
        List<Article> articles = new ArrayList<>(Seeds.corpus().articles());
        articles.addAll(new SyntheticCorpus(Seeds.corpus().articles()).generate(120, 11));
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        CorpusAnalysis alone = new CorpusAnalyzer(analyzer, new AnalysisCache(1), 1).analyze(articles);
        CorpusAnalysis together = new CorpusAnalyzer(analyzer, new AnalysisCache(1), 3).analyze(articles);
        assertThat(together.reports()).hasSize(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleReport a = alone.reports().get(i);
            ArticleReport b = together.reports().get(i);
            assertThat(b.id()).isEqualTo(articles.get(i).id());
            assertThat(b.analysis()).as(b.id()).isEqualTo(a.analysis());
            assertThat(b.vocabulary()).as(b.id()).isEqualTo(a.vocabulary());
            assertThat(b.readability()).as(b.id()).isEqualTo(a.readability());
        }
        assertThat(alone.reports().get(0).vocabulary()).isNotEmpty();
    }
}
