package org.maqal.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.related.RelatedIndexFile;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.Article;
import org.maqal.model.Progress;
import org.maqal.text.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench open --corpus DIR}: opens a library as the window does (reads the articles, then
 * their analysis, from {@code DIR/.maqal/} where it is kept) and prints how long each step took in
 * wall-clock and processor time, the heap the opened library holds, and the related-article index's
 * opening and query times. The reader, the analyzer and the cache files are made before the clock
 * starts, as the window makes them when it starts, before it opens a library. Run it twice: the first run analyses and writes the caches, the second
 * reads them. {@link LibraryBench} runs it in a fresh program for each figure.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Times opening a library folder: reading, analysis (from its cache when kept), memory, related articles.")
final class OpenBench implements Callable<Integer> {
    /** Prefix of the line {@link LibraryBench} reads. */
    static final String RESULT = "open-result";

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The library folder.")
    Path corpus;

    @Option(names = "--repeat", defaultValue = "1", description = "Open it this many times in this program (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Spec
    CommandSpec spec;

    /** What one opening measured. */
    record Result(Clock.Time read, Clock.Time analysis, int articles, int kept, double heapMegabytes, Clock.Time related,
                  double queryMedian, double queryP99) {
        Clock.Time total() {
            return new Clock.Time(read.wall() + analysis.wall(), read.cpu() + analysis.cpu());
        }

        String line() {
            return String.format(Locale.ROOT, "%s %f %f %f %f %d %d %f %f %f %f %f", RESULT, read.wall(), read.cpu(),
                    analysis.wall(), analysis.cpu(), articles, kept, heapMegabytes, related.wall(), related.cpu(), queryMedian,
                    queryP99);
        }

        static Result parse(String line) {
            String[] f = line.trim().split(" ");
            return new Result(new Clock.Time(Double.parseDouble(f[1]), Double.parseDouble(f[2])),
                    new Clock.Time(Double.parseDouble(f[3]), Double.parseDouble(f[4])), Integer.parseInt(f[5]),
                    Integer.parseInt(f[6]), Double.parseDouble(f[7]), new Clock.Time(Double.parseDouble(f[8]),
                    Double.parseDouble(f[9])), Double.parseDouble(f[10]), Double.parseDouble(f[11]));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < Math.max(1, repeat); i++) print(measure(corpus), out);
        return 0;
    }

    private static void print(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%d articles (%d from the cache): read %.2f s (cpu %.2f), analysis %.2f s (cpu %.2f), heap %.0f MB;"
                        + " related index %.2f s (cpu %.2f), query median %.2f ms, p99 %.2f ms%n", r.articles, r.kept,
                r.read.wall(), r.read.cpu(), r.analysis.wall(), r.analysis.cpu(), r.heapMegabytes, r.related.wall(),
                r.related.cpu(), r.queryMedian, r.queryP99);
        out.println(r.line());
        out.flush();
    }

    static Result measure(Path folder) throws Exception {
        CorpusReader reader = CorpusReader.withFileCatalog();
        AnalysisFile analysisFile = AnalysisFile.standard(AtomicFiles::write);
        CorpusAnalyzer analyzer = CorpusAnalyzer.standard();
        RelatedIndexFile relatedFile = new RelatedIndexFile(TextPipeline.standard(), AtomicFiles::write);
        long before = Clock.usedHeap();
        Clock clock = Clock.start();
        Corpus library = reader.read(folder);
        Clock.Time read = clock.stop();
        clock = Clock.start();
        AnalysisFile.Opened opened = analysisFile.analyze(analyzer, folder, library.articles(), library.knownTextHashes(), Progress.NONE);
        Clock.Time analysis = clock.stop();
        double heap = (Clock.usedHeap() - before) / 1e6;
        List<Article> articles = library.articles();
        clock = Clock.start();
        RelatedIndexFile.Opened related = relatedFile.open(folder, articles, library.knownTextHashes());
        Clock.Time relatedTime = clock.stop();
        double[][] queries = RelatedBench.queries(related.index(), articles);
        if (opened.analysis().reports().size() != articles.size()) throw new IllegalStateException("an article was not analysed");
        return new Result(read, analysis, articles.size(), opened.kept(), heap, relatedTime,
                RelatedBench.percentile(queries[0], 50), RelatedBench.percentile(queries[0], 99));
    }
}
