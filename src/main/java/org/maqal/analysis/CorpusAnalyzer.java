package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.model.TokenList;
import org.maqal.model.VocabularyItem;

/**
 * Analyses a set of articles on all cores, each article once per distinct text (see
 * {@link AnalysisCache}), then measures what needs the whole set: vocabulary keyness and topic words,
 * and readability against the set's common words. Per-article work runs in parallel, each worker
 * taking the next article as it finishes one; corpus-wide word totals are summed by each worker
 * over the articles it did, and only the workers' sums are joined on one thread. Thread-safe.
 */
public final class CorpusAnalyzer {
    private static final int DEFAULT_CACHE = 512;
    /** Most articles a worker analyses together (see {@link #batchSize}). */
    private static final int BATCH = 128;

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
     * Analyses kept from an earlier run (on disk, say): the analysis of an article's text made for
     * this article, or null when none is kept. Called from the analysis workers; must be thread-safe.
     */
    @FunctionalInterface
    public interface Kept {
        ArticleAnalysis find(Article article);
    }

    /**
     * Analyses articles, reporting progress as each batch of articles is done (see {@link #batchSize}:
     * one article at a time for a small corpus, up to 128 for a large one); the reports keep the
     * order of the articles. An interrupt is seen between batches.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    public CorpusAnalysis analyze(List<Article> articles, Progress progress) {
        return analyze(articles, progress, article -> null);
    }

    /**
     * Analyses articles as {@link #analyze(List, Progress)} does, taking an article's own analysis
     * from {@code kept} where it has one (the corpus-wide measures are always worked out afresh).
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    public CorpusAnalysis analyze(List<Article> articles, Progress progress, Kept kept) {
        int n = articles.size();
        int workers = Math.min(threads, n);
        ExecutorService pool = workers < 2 ? null : Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "maqal-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            ArticleAnalysis[] analyses = new ArticleAnalysis[n];
            VocabularyBuilder.Counts[] raw = new VocabularyBuilder.Counts[n];
            KeyNumbers keys = new KeyNumbers();
            int[][] wordIds = new int[n][];
            boolean[][] named = new boolean[n][];
            ReadabilityMeter.WordMeasures[] measured = new ReadabilityMeter.WordMeasures[n];
            Worker seen = each(pool, workers, n, batchSize(n, workers), () -> new Worker(new VocabularyBuilder.Tally(keys), new ReadabilityMeter.Tally()),
                    (worker, from, to) -> {
                        analyse(articles, from, to, kept, analyses, wordIds, named);
                        for (int i = from; i < to; i++) {
                            raw[i] = vocabulary.count(analyses[i], wordIds[i], named[i], worker.words());
                            measured[i] = readability.wordMeasures(analyses[i], wordIds[i], worker.letters());
                            wordIds[i] = null;
                            named[i] = null;
                        }
                        progress.update(done.addAndGet(to - from), n);
                    }, Worker::join);
            VocabularyBuilder.Corpus corpus = vocabulary.corpus(seen.words());
            VocabularyBuilder.Sums sums = each(pool, workers, n, () -> new VocabularyBuilder.Sums(corpus),
                    (sum, i) -> sum.add(raw[i]), VocabularyBuilder.Sums::join);
            VocabularyBuilder.Totals totals = vocabulary.totals(sums, corpus);
            boolean[] common = readability.commonWords(totals);
            ArticleReport[] reports = new ArticleReport[n];
            // each article's rows are merged only now, just before they are read, so that the merged counts
            // never outlive their batch (kept from one phase to the next, they were copied by every young collection)
            each(pool, workers, n, batchSize(n, workers), WordCounter::new, (room, from, to) -> {
                VocabularyBuilder.Counts[] counts = new VocabularyBuilder.Counts[to - from];
                List<List<VocabularyItem>> words = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    counts[i - from] = corpus.merged(raw[i], room);
                    raw[i] = null;
                    words.add(vocabulary.items(counts[i - from], totals));
                }
                for (int i = from; i < to; i++) {
                    reports[i] = new ArticleReport(analyses[i], words.get(i - from),
                            readability.measure(analyses[i], measured[i], counts[i - from], common));
                }
            }, (a, b) -> a);
            return new CorpusAnalysis(Arrays.asList(reports));
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /**
     * One analysis worker's memory of the words it has met: for the vocabulary and for readability.
     * Their own words' counts are taken from each article just analysed, while its tokens are still
     * in the processor's cache.
     */
    private record Worker(VocabularyBuilder.Tally words, ReadabilityMeter.Tally letters) {
        Worker join(Worker other) {
            return new Worker(words.join(other.words), letters);
        }
    }

    public CorpusAnalysis analyze(List<Article> articles) {
        return analyze(articles, Progress.NONE);
    }

    public ArticleAnalyzer articleAnalyzer() { return analyzer; }

    /**
     * Articles a worker takes at a time: enough for the stages to run over several articles in
     * turn ({@link ArticleAnalyzer#analyzeNumbered(List)}), few enough that a small corpus still
     * reports progress, and sees an interrupt, several times (near the end, workers take shorter
     * runs still: {@link #take}). An empty corpus has no workers, and batches of one.
     */
    private static int batchSize(int n, int workers) {
        return Math.max(1, Math.min(BATCH, n / (4 * Math.max(1, workers))));
    }

    /**
     * Fills the analyses, word ids and named tokens of the articles from {@code from} to {@code to}:
     * kept ones and cached ones as they are, the others analysed together and cached.
     */
    private void analyse(List<Article> articles, int from, int to, Kept kept, ArticleAnalysis[] analyses, int[][] wordIds,
                         boolean[][] named) {
        List<Article> fresh = new ArrayList<>(to - from);
        int[] freshAt = new int[to - from];
        for (int i = from; i < to; i++) {
            Article article = articles.get(i);
            ArticleAnalysis found = kept.find(article);
            if (found == null) found = cache.find(article);
            if (found != null) {
                analyses[i] = found;
            } else {
                freshAt[fresh.size()] = i;
                fresh.add(article);
            }
        }
        List<ArticleAnalyzer.Numbered> made = analyzer.analyzeNumbered(fresh);
        for (int k = 0; k < made.size(); k++) {
            int i = freshAt[k];
            analyses[i] = cache.keep(fresh.get(k), made.get(k).analysis());
            wordIds[i] = made.get(k).wordIds();
            named[i] = made.get(k).named();
        }
        for (int i = from; i < to; i++) {
            if (wordIds[i] != null) continue;
            wordIds[i] = analyzer.wordIds(analyses[i]);
            named[i] = VocabularyBuilder.namedTokens(TokenList.copyOf(analyses[i].tokens()), analyses[i].entities());
        }
    }

    /** Runs {@code work} for every index below n as {@link #each(ExecutorService, int, int, int, Supplier, RangeWork, BinaryOperator)} does, one index at a time. */
    private static <A> A each(ExecutorService pool, int workers, int n, Supplier<A> start, ObjIntConsumer<A> work,
                              BinaryOperator<A> join) {
        return each(pool, workers, n, 1, start, (value, from, to) -> {
            for (int i = from; i < to; i++) work.accept(value, i);
        }, join);
    }

    /** Work on the indices from {@code from} (included) to {@code to} (excluded), folded into a worker's value. */
    @FunctionalInterface
    private interface RangeWork<A> {
        void accept(A value, int from, int to);
    }

    /**
     * Runs {@code work} over every index below n in runs of {@code batch} indices, on the pool's
     * workers (each taking the next run as it finishes one) or, without a pool, on this thread.
     * Near the end the workers take shorter runs ({@link #take}), so that they finish together
     * rather than one waiting out the other's last full run. Each worker folds what its runs give
     * into a value of its own ({@code start}); the values are joined at the end, so {@code join}
     * must not depend on which worker did which index.
     */
    private static <A> A each(ExecutorService pool, int workers, int n, int batch, Supplier<A> start, RangeWork<A> work,
                              BinaryOperator<A> join) {
        if (pool == null) {
            A value = start.get();
            for (int from = 0; from < n; from += batch) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("Analysis cancelled");
                work.accept(value, from, Math.min(n, from + batch));
            }
            return value;
        }
        AtomicInteger next = new AtomicInteger();
        List<A> values = new ArrayList<>(workers);
        List<Future<?>> running = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            A value = start.get();
            values.add(value);
            running.add(pool.submit(() -> {
                for (long run = take(next, n, batch, workers); run >= 0 && !Thread.currentThread().isInterrupted();
                     run = take(next, n, batch, workers)) {
                    work.accept(value, (int) (run >>> 32), (int) run);
                }
            }));
        }
        await(running);
        A all = values.get(0);
        for (int w = 1; w < workers; w++) all = join.apply(all, values.get(w));
        return all;
    }

    /**
     * Takes the next run of indices: {@code batch} of them while plenty are left, then a share of
     * what is left that shrinks as it does (an eighth of it for two workers), down to one. Gives
     * the run as from (high half) and to (low half), or -1 when every index is taken.
     */
    private static long take(AtomicInteger next, int n, int batch, int workers) {
        while (true) {
            int from = next.get();
            if (from >= n) return -1;
            int size = Math.max(1, Math.min(batch, (n - from) / (4 * workers)));
            if (next.compareAndSet(from, from + size)) return (long) from << 32 | (from + size);
        }
    }

    private static void await(List<Future<?>> running) {
        try {
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Analysis cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("Analysis cancelled");
    }
}
