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
import org.maqal.cli.bench.Trials.Measured;
import org.maqal.cli.bench.Trials.Trial;
import org.maqal.cli.bench.Trials.Work;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.CorpusAnalysis;
import org.maqal.text.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: prints in one run the figures of {@code docs/performance.md}: Maqal's analysis
 * throughput beside Lucene's ArabicAnalyzer over the same generated texts; a lesson's generation and
 * export from the bundled articles ({@link LessonBench}); and a generated library's first and cached
 * opening, memory and related-article queries at several sizes ({@link LibraryBench}), wall-clock and
 * processor time side by side. {@code --quick} makes every part smaller. {@code bench lesson},
 * {@code bench feedback} and {@code bench open} run one part; with {@code --related}, the
 * related-article index alone at library scale ({@link RelatedBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {LessonBench.class, FeedbackBench.class, OpenBench.class},
        description = {"Measures analysis speed beside Lucene's ArabicAnalyzer, a lesson's generation and export, and a"
                + " generated library's opening, memory and related-article queries at several sizes.",
                "Run with the heap a teacher's machine would give, e.g. java -Xmx1500m -jar target/maqal.jar bench."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Articles to vary (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path corpus;

    @Option(names = "--articles", description = "How many articles to generate for the throughput (default: 4000; 1000 with --quick).")
    Integer articles;

    @Option(names = "--rounds", description = "Timed throughput rounds after the warm-up, Maqal and Lucene taking turns; each keeps its best, and their ratio is also taken round by round (default: 10; 1 with --quick).")
    Integer rounds;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N", description = "Library sizes to open (default: 1000,5000,10000;"
            + " 200,1000 with --quick; 0 for none).")
    List<Integer> sizes;

    @Option(names = "--quick", description = "A smaller run: fewer articles, rounds and lessons, smaller libraries.")
    boolean quick;

    @Option(names = "--warm-up", defaultValue = "2", description = "Untimed rounds first, at least; more follow while the JIT compiler is still busy (default: ${DEFAULT-VALUE}).")
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
        out.printf(Locale.ROOT, "Maqal bench: %d cores, load average %.2f at the start, Java %s, max heap %.0f MB%n", cores,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
        throughput(seeds, cores, out);
        LessonBench.print(seeds, quick ? 10 : 50, quick ? 5 : 20, out);
        List<Integer> libraries = sizes != null ? sizes : quick ? List.of(200, 1000) : List.of(1000, 5000, 10000);
        libraries = libraries.stream().filter(n -> n > 0).toList();
        if (!libraries.isEmpty()) new LibraryBench(seeds.articles(), out).run(libraries);
        out.printf(Locale.ROOT, "load average at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return 0;
    }

    private void throughput(Corpus seeds, int cores, PrintWriter out) throws Exception {
        int count = articles != null ? articles : quick ? 1000 : 4000;
        List<Article> generated = new SyntheticCorpus(seeds.articles()).generate(count, 42);
        List<String> texts = generated.stream().map(Article::text).toList();
        double megabytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        out.printf(Locale.ROOT, "%nanalysis: %d generated articles, %.1f MB of UTF-8 text; %d threads%n", count, megabytes, cores);
        out.flush();

        ArticleAnalyzer articleAnalyzer = ArticleAnalyzer.standard();
        TextPipeline pipeline = TextPipeline.standard();
        // The contestants take turns, round after round, and each keeps its best round: on a shared machine
        // whose speed drifts from minute to minute, none of them meets only the slow minutes.
        Trials trials = new Trials();
        Trial maqal = trials.add(() -> maqal(articleAnalyzer, generated, cores));
        Trial maqal1 = cores == 1 ? maqal : trials.add(() -> maqal(articleAnalyzer, generated, 1));
        Trial text = trials.add(() -> tokens(pipeline, texts));
        Trial lucene1 = trials.add(() -> new LuceneBaseline(1).run(texts));
        Trial luceneN = cores == 1 ? lucene1 : trials.add(() -> new LuceneBaseline(cores).run(texts));
        trials.run(warmUp, timedRounds());
        out.println(trials.warmUp().describe());

        out.printf(Locale.ROOT, "%-52s %9s %10s %14s%n", "", "MB/s", "seconds", "CPU ms/1000");
        row(out, "Maqal analysis (all stages, " + cores + " threads)", megabytes, count, maqal.best());
        if (cores > 1) row(out, "Maqal analysis (all stages, 1 thread)", megabytes, count, maqal1.best());
        row(out, "Maqal text stage alone (1 thread)", megabytes, count, text.best());
        row(out, "Lucene ArabicAnalyzer (1 thread)", megabytes, count, lucene1.best());
        if (cores > 1) row(out, "Lucene ArabicAnalyzer (" + cores + " threads)", megabytes, count, luceneN.best());
        out.printf(Locale.ROOT, "Maqal / Lucene (1 thread): %.2f   Maqal / Lucene (%d threads): %.2f%n",
                lucene1.best().seconds() / maqal1.best().seconds(), cores, luceneN.best().seconds() / maqal.best().seconds());
        if (cores > 1) {
            // Lucene's analyzer reads one text at a time; spreading texts over cores is its caller's work, as it is
            // CorpusAnalyzer's in Maqal. A more lenient comparison than the equal-thread ratios above, printed beside them.
            out.printf(Locale.ROOT, "Maqal (%d threads) / Lucene's analyzer as it comes (1 thread): %.2f%n", cores,
                    lucene1.best().seconds() / maqal.best().seconds());
            out.printf(Locale.ROOT, "  the same, round by round (both run in every round, seconds apart): median %s%n",
                    Trials.ratios(maqal, lucene1).describe());
            // Lucene's pass over the texts is short enough to run in a burst that a shared or throttled machine
            // does not slow down; run it for as long as Maqal's run took, so both meet the same sustained load.
            int passes = (int) Math.max(1, Math.min(100, Math.round(maqal.best().seconds() / luceneN.best().seconds())));
            Measured sustained = best(() -> {
                long tokens = 0;
                for (int i = 0; i < passes; i++) tokens += new LuceneBaseline(cores).run(texts);
                return tokens;
            }).perPass(passes);
            row(out, "Lucene ArabicAnalyzer (" + cores + " threads, " + passes + " passes back to back)", megabytes, count, sustained);
            out.printf(Locale.ROOT, "Maqal / Lucene (%d threads, over the same length of time): %.2f%n", cores,
                    sustained.seconds() / maqal.best().seconds());
        }
        out.printf(Locale.ROOT, "Maqal text stage / Lucene (1 thread; the same job: sentences, tokens, normal forms, light stems): %.2f%n",
                lucene1.best().seconds() / text.best().seconds());
        out.printf(Locale.ROOT, "CPU ms/1000 articles: processor time of the whole process (garbage collector included), best round;"
                + " load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
    }

    /** One full analysis of the generated corpus; the analyses are dropped once their tokens are counted. */
    private static long maqal(ArticleAnalyzer articleAnalyzer, List<Article> generated, int threads) {
        CorpusAnalyzer analyzer = new CorpusAnalyzer(articleAnalyzer, new AnalysisCache(1), threads);
        CorpusAnalysis analysis = analyzer.analyze(generated);
        return analysis.reports().stream().mapToLong(r -> r.analysis().tokens().size()).sum();
    }

    /** One pass of Maqal's text stage over the texts: sentences, then tokens with normal forms, stems and function-word marks. */
    private static long tokens(TextPipeline pipeline, List<String> texts) {
        long tokens = 0;
        for (String t : texts) tokens += pipeline.process(t).tokens().size();
        return tokens;
    }

    /** Times the work alone as {@link Trials} times its contestants (warm-up, then {@link #timedRounds()} rounds); the least wall-clock and the least processor time. */
    private Measured best(Work work) throws Exception {
        Trials alone = new Trials();
        Trial trial = alone.add(work);
        alone.run(warmUp, timedRounds());
        return trial.best();
    }

    private int timedRounds() {
        return Math.max(1, rounds != null ? rounds : quick ? 1 : 10);
    }

    private static void row(PrintWriter out, String label, double megabytes, int count, Measured m) {
        out.printf(Locale.ROOT, "%-52s %9.2f %10.3f %14.0f%n", label, megabytes / m.seconds(), m.seconds(), m.cpuSeconds() * 1e6 / count);
        out.flush();
    }
}
