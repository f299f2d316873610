package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.CorpusAnalysis;
import org.maqal.testing.Seeds;

/**
 * Articles analysed together, each stage taking all of them before the next stage starts, get
 * exactly what each gets when analysed on its own: nothing one article's stage leaves behind reaches
 * the next article, and the analyses come back in the articles' order.
 */
class AnalysisBatchesTest {

    private static List<Article> articles(int generated, long seed) {
        List<Article> articles = new ArrayList<>(Seeds.corpus().articles());
        articles.addAll(new SyntheticCorpus(Seeds.corpus().articles()).generate(generated, seed));
        return articles;
    }

    @Test
    void articlesAnalysedTogetherGetWhatEachGetsAlone() {
        List<Article> articles = articles(60, 3);
        List<ArticleAnalyzer.Numbered> together = ArticleAnalyzer.standard().analyzeNumbered(articles);
        ArticleAnalyzer fresh = ArticleAnalyzer.standard();
        assertThat(together).hasSize(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            assertThat(together.get(i).analysis()).as(article.id()).isEqualTo(fresh.analyze(article));
        }
        // The seed articles' speakers survive the batch: 001 is the interview with General Per Olsen.
        assertThat(together.get(1).analysis().claims()).extracting(c -> c.speaker()).anySatisfy(s -> assertThat(s).contains("أولسن"));
    }

    /** A batch that mixes cached analyses with new ones keeps each article's own, in order. */
    @Test
    void cachedAndNewArticlesInOneBatchKeepTheirOwnAnalyses() {
        List<Article> first = articles(40, 8);
        AnalysisCache cache = new AnalysisCache(1000);
        CorpusAnalyzer analyzer = new CorpusAnalyzer(ArticleAnalyzer.standard(), cache, 2);
        analyzer.analyze(first.subList(0, 20));
        List<Article> mixed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mixed.add(first.get(20 + i));
            mixed.add(first.get(i));
        }
        CorpusAnalysis analysis = analyzer.analyze(mixed);
        ArticleAnalyzer fresh = ArticleAnalyzer.standard();
        assertThat(cache.size()).isEqualTo(40);
        for (int i = 0; i < mixed.size(); i++) {
            assertThat(analysis.reports().get(i).analysis()).as(mixed.get(i).id()).isEqualTo(fresh.analyze(mixed.get(i)));
        }
    }
}
