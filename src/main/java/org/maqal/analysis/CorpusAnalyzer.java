package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.model.VocabularyItem;

/**
 * Analyses a set of articles on all cores, each article once per distinct text (see
 * {@link AnalysisCache}), then measures what needs the whole set: vocabulary keyness and topic words,
 * and readability against the set's common words. Thread-safe.
 */
public final class CorpusAnalyzer {
    private static final int DEFAULT_CACHE = 512;

    private final ArticleAnalyzer analyzer;
    private final AnalysisCache cache;
    private final VocabularyBuilder vocabulary = new VocabularyBuilder();
    private final ReadabilityMeter readability = new ReadabilityMeter();
    private final int threads;

    public CorpusAnalyzer(ArticleAnalyzer analyzer, AnalysisCache cache, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive");
        this.analyzer = analyzer;
        this.cache = cache;
        this.threads = threads;
    }

    /** An analyzer with Maqal's standard stages, a memory cache and one thread per core. */
    public static CorpusAnalyzer standard() {
        return new CorpusAnalyzer(ArticleAnalyzer.standard(), new AnalysisCache(DEFAULT_CACHE),
                Runtime.getRuntime().availableProcessors());
    }

    /** Analyses articles, reporting progress; the reports keep the order of the articles. */
    public CorpusAnalysis analyze(List<Article> articles, Progress progress) {
        List<ArticleAnalysis> analyses = analyzeEach(articles, progress);
        List<VocabularyBuilder.Counts> counts = vocabulary.countAll(analyses);
        List<List<VocabularyItem>> lists = vocabulary.build(counts);
        Set<String> common = readability.commonWords(counts);
        List<ArticleReport> reports = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            reports.add(new ArticleReport(analyses.get(i), lists.get(i),
                    readability.measure(analyses.get(i), counts.get(i), common)));
        }
        return new CorpusAnalysis(reports);
    }

    public CorpusAnalysis analyze(List<Article> articles) {
        return analyze(articles, Progress.NONE);
    }

    public ArticleAnalyzer articleAnalyzer() { return analyzer; }

    private List<ArticleAnalysis> analyzeEach(List<Article> articles, Progress progress) {
        if (articles.size() < 2 || threads == 1) {
            List<ArticleAnalysis> out = new ArrayList<>(articles.size());
            for (Article a : articles) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("Analysis cancelled");
                out.add(cache.get(a, analyzer::analyze));
                progress.update(out.size(), articles.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, articles.size()), r -> {
            Thread t = new Thread(r, "maqal-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ArticleAnalysis>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    ArticleAnalysis result = cache.get(a, analyzer::analyze);
                    progress.update(done.incrementAndGet(), articles.size());
                    return result;
                }));
            }
            List<ArticleAnalysis> out = new ArrayList<>(articles.size());
            for (Future<ArticleAnalysis> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Analysis cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
