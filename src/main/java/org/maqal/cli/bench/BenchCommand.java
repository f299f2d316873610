package org.maqal.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maqal.analysis.AnalysisCache;
import org.maqal.analysis.ArticleAnalyzer;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.CorpusAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: analyses a large corpus generated from the bundled articles and prints Maqal's
 * throughput beside Lucene's ArabicAnalyzer over the same texts in the same run. {@code bench lesson}
 * ({@link LessonBench}) times lesson generation instead; with {@code --related}, the related-article
 * index at library scale ({@link RelatedBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {LessonBench.class, FeedbackBench.class},
        description = "Measures analysis speed on a generated corpus, beside Lucene's ArabicAnalyzer.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Articles to vary (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path corpus;

    @Option(names = "--articles", defaultValue = "4000", description = "How many articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after the warm-up; the best is kept (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warm-up", defaultValue = "2", description = "Untimed rounds first, for the JIT compiler (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--threads", description = "Threads to use (default: one per core).")
    Integer threads;

    @Option(names = "--related", arity = "0..1", split = ",", paramLabel = "SIZES", fallbackValue = "1000,5000,10000",
            description = "Instead of analysis speed, measure the related-article index on generated libraries of these"
                    + " sizes (default when given without sizes: ${FALLBACK-VALUE}).")
    List<Integer> related;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Corpus seeds = new CorpusReader().read(corpus);
        if (related != null) {
            new RelatedBench(seeds.articles(), out).run(related);
            return 0;
        }
        List<Article> generated = new SyntheticCorpus(seeds.articles()).generate(articles, 42);
        List<String> texts = generated.stream().map(Article::text).toList();
        double megabytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        out.printf(Locale.ROOT, "corpus: %d generated articles, %.1f MB of UTF-8 text; %d threads%n", articles, megabytes, cores);
        out.flush();

        ArticleAnalyzer articleAnalyzer = ArticleAnalyzer.standard();
        Measured maqal = best(() -> maqal(articleAnalyzer, generated, cores));
        Measured maqal1 = cores == 1 ? maqal : best(() -> maqal(articleAnalyzer, generated, 1));
        Measured lucene1 = best(() -> new LuceneBaseline(1).run(texts));
        Measured luceneN = cores == 1 ? lucene1 : best(() -> new LuceneBaseline(cores).run(texts));

        out.printf(Locale.ROOT, "%-52s %9s %10s %14s%n", "", "MB/s", "seconds", "CPU ms/1000");
        row(out, "Maqal analysis (all stages, " + cores + " threads)", megabytes, maqal);
        if (cores > 1) row(out, "Maqal analysis (all stages, 1 thread)", megabytes, maqal1);
        row(out, "Lucene ArabicAnalyzer (1 thread)", megabytes, lucene1);
        if (cores > 1) row(out, "Lucene ArabicAnalyzer (" + cores + " threads)", megabytes, luceneN);
        out.printf(Locale.ROOT, "Maqal / Lucene (1 thread): %.2f   Maqal / Lucene (%d threads): %.2f%n",
                lucene1.seconds / maqal1.seconds, cores, luceneN.seconds / maqal.seconds);
        out.printf(Locale.ROOT, "CPU ms/1000 articles: processor time of the whole process (garbage collector included), best round;"
                + " load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    /** One full analysis of the generated corpus; the analyses are dropped once their tokens are counted. */
    private static long maqal(ArticleAnalyzer articleAnalyzer, List<Article> generated, int threads) {
        CorpusAnalyzer analyzer = new CorpusAnalyzer(articleAnalyzer, new AnalysisCache(1), threads);
        CorpusAnalysis analysis = analyzer.analyze(generated);
        return analysis.reports().stream().mapToLong(r -> r.analysis().tokens().size()).sum();
    }

    /** Runs the work {@code warmUp} times untimed, then {@code rounds} times; keeps the least wall-clock and the least processor time. */
    private Measured best(Work work) throws Exception {
        long result = 0;
        for (int w = 0; w < warmUp; w++) result = work.run();
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            ProcessClock clock = ProcessClock.start();
            result = work.run();
            ProcessClock.Time time = clock.stop();
            wall = Math.min(wall, time.wall());
            cpu = Math.min(cpu, time.cpu());
        }
        return new Measured(wall, cpu, result);
    }

    private void row(PrintWriter out, String label, double megabytes, Measured m) {
        out.printf(Locale.ROOT, "%-52s %9.2f %10.3f %14.0f%n", label, megabytes / m.seconds, m.seconds, m.cpuSeconds * 1e6 / articles);
        out.flush();
    }

    private record Measured(double seconds, double cpuSeconds, long tokens) {
    }

    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }
}
