package org.maqal.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maqal.analysis.AnalysisCache;
import org.maqal.analysis.ArticleAnalyzer;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench lesson}: times the generation of a lesson with every kind of section from every
 * article of the corpus, once warm, and prints the median and 90th percentile; then the same with
 * the analysis done from scratch each time.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Measures how long generating a lesson from the whole corpus takes, once warm.")
public final class LessonBench implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Articles to build from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--repeat", defaultValue = "50", description = "Timed generations (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed generations first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Corpus c = new CorpusReader().read(corpus);
        CorpusAnalysis analysis = CorpusAnalyzer.standard().analyze(c.articles());
        LessonGenerator generator = LessonGenerator.standard();
        LessonRequest request = LessonRequest.everything();
        int runs = Math.max(1, repeat);
        long items = 0;
        for (int i = 0; i < warmup; i++) items = generate(generator, analysis, request.withSeed(i)).items().count();
        double[] generation = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            items = generate(generator, analysis, request.withSeed(i)).items().count();
            generation[i] = (System.nanoTime() - start) / 1e6;
        }
        int rounds = Math.max(1, runs / 5);
        double[] withAnalysis = new double[rounds];
        ArticleAnalyzer articles = ArticleAnalyzer.standard();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            CorpusAnalysis fresh = new CorpusAnalyzer(articles, new AnalysisCache(1), Runtime.getRuntime().availableProcessors())
                    .analyze(c.articles());
            generate(generator, fresh, request.withSeed(i));
            withAnalysis[i] = (System.nanoTime() - start) / 1e6;
        }
        out.printf(Locale.ROOT, "lesson from %d articles, all four kinds, %d items per type at most (last lesson: %d items)%n",
                c.articles().size(), request.count(), items);
        out.printf(Locale.ROOT, "%-44s %8s %8s %6s%n", "", "median", "p90", "runs");
        row(out, "generation, once warm (ms)", generation);
        row(out, "analysis from scratch + generation (ms)", withAnalysis);
        out.flush();
        return 0;
    }

    private static Lesson generate(LessonGenerator generator, CorpusAnalysis analysis, LessonRequest request) {
        return generator.generate(analysis, request, Map.of(), Progress.NONE);
    }

    private static void row(PrintWriter out, String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %6d%n", label, percentile(sorted, 0.5), percentile(sorted, 0.9), sorted.length);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
