package org.maqal.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.maqal.export.ExportFormat;
import org.maqal.export.ExportOptions;
import org.maqal.export.LessonExporter;
import org.maqal.export.SourceSentences;
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
 * the analysis done from scratch each time, and the export of the lesson's worksheet and answer key
 * as Word documents into a folder.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Measures how long generating a lesson from the whole corpus, and exporting it, takes once warm.")
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
        print(new CorpusReader().read(corpus), repeat, warmup, spec.commandLine().getOut());
        return 0;
    }

    /** Measures and prints the lesson figures for this corpus. */
    static void print(Corpus c, int repeat, int warmup, PrintWriter out) throws Exception {
        CorpusAnalysis analysis = CorpusAnalyzer.standard().analyze(c.articles());
        LessonGenerator generator = LessonGenerator.standard();
        LessonRequest request = LessonRequest.everything();
        int runs = Math.max(1, repeat);
        Lesson lesson = null;
        for (int i = 0; i < warmup; i++) lesson = generate(generator, analysis, request.withSeed(i));
        double[] generation = new double[runs];
        double[] generationCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Clock clock = Clock.start();
            lesson = generate(generator, analysis, request.withSeed(i));
            Clock.Time t = clock.stop();
            generation[i] = t.wall() * 1000;
            generationCpu[i] = t.cpu() * 1000;
        }
        int rounds = Math.max(1, runs / 5);
        double[] withAnalysis = new double[rounds];
        double[] withAnalysisCpu = new double[rounds];
        ArticleAnalyzer articles = ArticleAnalyzer.standard();
        for (int i = 0; i < rounds; i++) {
            Clock clock = Clock.start();
            CorpusAnalysis fresh = new CorpusAnalyzer(articles, new AnalysisCache(1), Runtime.getRuntime().availableProcessors())
                    .analyze(c.articles());
            generate(generator, fresh, request.withSeed(i));
            Clock.Time t = clock.stop();
            withAnalysis[i] = t.wall() * 1000;
            withAnalysisCpu[i] = t.cpu() * 1000;
        }
        double[][] export = export(lesson, c, Math.max(3, runs / 5));
        out.printf(Locale.ROOT, "%nlesson from %d articles, all four kinds, %d items per type at most (last lesson: %d items)%n",
                c.articles().size(), request.count(), lesson.items().count());
        out.printf(Locale.ROOT, "%-48s %8s %8s %8s %6s%n", "", "median", "p90", "cpu med", "runs");
        row(out, "generation, once warm (ms)", generation, generationCpu);
        row(out, "analysis from scratch + generation (ms)", withAnalysis, withAnalysisCpu);
        row(out, "export: worksheet + answer key .docx (ms)", export[0], export[1]);
        out.flush();
    }

    /** Export times in milliseconds: wall-clock in {@code [0]}, processor in {@code [1]}; two untimed first. */
    private static double[][] export(Lesson lesson, Corpus c, int runs) throws Exception {
        LessonExporter exporter = new LessonExporter(ExportOptions.defaults());
        SourceSentences texts = SourceSentences.of(lesson, c.articles());
        Path folder = Files.createTempDirectory("maqal-lesson-bench");
        try {
            for (int i = 0; i < 2; i++) exporter.export(lesson, texts, ExportFormat.DOCX, folder);
            double[][] ms = new double[2][runs];
            for (int i = 0; i < runs; i++) {
                Clock clock = Clock.start();
                List<Path> written = exporter.export(lesson, texts, ExportFormat.DOCX, folder);
                Clock.Time t = clock.stop();
                if (written.size() < 2) throw new IllegalStateException("the export wrote " + written);
                ms[0][i] = t.wall() * 1000;
                ms[1][i] = t.cpu() * 1000;
            }
            return ms;
        } finally {
            RelatedBench.deleteTree(folder);
        }
    }

    private static Lesson generate(LessonGenerator generator, CorpusAnalysis analysis, LessonRequest request) {
        return generator.generate(analysis, request, Map.of(), Progress.NONE);
    }

    private static void row(PrintWriter out, String label, double[] millis, double[] cpu) {
        out.printf(Locale.ROOT, "%-48s %8.1f %8.1f %8.1f %6d%n", label, percentile(millis, 0.5), percentile(millis, 0.9),
                percentile(cpu, 0.5), millis.length);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
