package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
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

    /**
     * A library opened from kept analyses (a fresh program, whose text stage has numbered none of
     * the words) gets the vocabulary and readability of one analysed from scratch.
     */
    @Test
    void keptAnalysesGiveWhatAFreshAnalysisGives() {
        List<Article> articles = new ArrayList<>(Seeds.corpus().articles());
        articles.addAll(new SyntheticCorpus(Seeds.corpus().articles()).generate(120, 5));
        CorpusAnalysis fresh = new CorpusAnalyzer(ArticleAnalyzer.standard(), new AnalysisCache(1), 2).analyze(articles);
        Map<String, ArticleAnalysis> kept = new HashMap<>();
        for (ArticleReport r : fresh.reports()) kept.put(r.id(), r.analysis());
        CorpusAnalysis reopened = new CorpusAnalyzer(ArticleAnalyzer.standard(), new AnalysisCache(1), 2)
                .analyze(articles, Progress.NONE, article -> kept.get(article.id()));
        for (int i = 0; i < articles.size(); i++) {
            ArticleReport a = fresh.reports().get(i);
            ArticleReport b = reopened.reports().get(i);
            assertThat(b.vocabulary()).as(b.id()).isEqualTo(a.vocabulary());
            assertThat(b.readability()).as(b.id()).isEqualTo(a.readability());
        }
    }
}
