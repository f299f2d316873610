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
import java.util.function.IntFunction;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.model.VocabularyItem;

/**
 * Analyses a set of articles on all cores, each article once per distinct text (see
 * {@link AnalysisCache}), then measures what needs the whole set: vocabulary keyness and topic words,
 * and readability against the set's common words. Per-article work runs in parallel; only the
 * corpus-wide word totals are summed on one thread. Thread-safe.
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

    /**
     * Analyses articles, reporting progress as each article is done; the reports keep the order of
     * the articles.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    public CorpusAnalysis analyze(List<Article> articles, Progress progress) {
        int n = articles.size();
        ExecutorService pool = threads == 1 || n < 2 ? null : Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "maqal-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<ArticleAnalysis> analyses = each(pool, n, i -> {
                ArticleAnalysis a = cache.get(articles.get(i), analyzer::analyze);
                progress.update(done.incrementAndGet(), n);
                return a;
            });
            List<VocabularyBuilder.Counts> raw = each(pool, n, i -> vocabulary.count(analyses.get(i)));
            VocabularyBuilder.Corpus corpus = vocabulary.corpus(raw);
            List<VocabularyBuilder.Counts> counts = each(pool, n, i -> corpus.merged(raw.get(i)));
            VocabularyBuilder.Totals totals = vocabulary.totals(counts, corpus.lexicon());
            Set<String> common = readability.commonWords(totals);
            return new CorpusAnalysis(each(pool, n, i -> {
                List<VocabularyItem> words = vocabulary.items(counts.get(i), totals);
                return new ArticleReport(analyses.get(i), words, readability.measure(analyses.get(i), counts.get(i), common));
            }));
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    public CorpusAnalysis analyze(List<Article> articles) {
        return analyze(articles, Progress.NONE);
    }

    public ArticleAnalyzer articleAnalyzer() { return analyzer; }

    private static <T> List<T> each(ExecutorService pool, int n, IntFunction<T> work) {
        List<T> out = new ArrayList<>(n);
        if (pool == null) {
            for (int i = 0; i < n; i++) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("Analysis cancelled");
                out.add(work.apply(i));
            }
            return out;
        }
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> work.apply(index)));
        }
        try {
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Analysis cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
