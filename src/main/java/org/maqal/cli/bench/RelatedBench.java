package org.maqal.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.maqal.analysis.related.RelatedIndex;
import org.maqal.analysis.related.RelatedIndexFile;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.cli.bench.Clock.Time;
import org.maqal.text.TextPipeline;

/**
 * The related-article index at library scale: for each size, a library generated from the seed
 * articles, and the time to build its index, to save it, to open it warm from disk (reading the
 * file and checking every article's content hash), a query's median and 99th-percentile time,
 * and the heap the index holds. Prints one row per size and how each figure grows.
 */
final class RelatedBench {
    private static final int QUERIES = 300;
    private static final int WARM_UP = 50;
    private static final int WARM_UP_ARTICLES = 200;

    private final SyntheticCorpus generator;
    private final PrintWriter out;

    RelatedBench(List<Article> seeds, PrintWriter out) {
        this.generator = new SyntheticCorpus(seeds);
        this.out = out;
    }

    void run(List<Integer> sizes) throws IOException {
        out.printf(Locale.ROOT, "%nrelated articles: a generated library's index, built, saved, opened warm, queried (top 10)%n");
        out.printf(Locale.ROOT, "%9s %6s %7s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", "articles", "MB", "terms", "build s",
                "cpu s", "cold s", "file MB", "warm s", "cpu s", "heap MB", "q50 ms", "q99 ms", "cpu ms");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Row r = measure(size);
            rows.add(r);
            out.printf(Locale.ROOT, "%9d %6.1f %7d %8.2f %8.2f %8.2f %8.1f %8.2f %8.2f %8.1f %8.2f %8.2f %8.2f%n", r.articles,
                    r.megabytes, r.terms, r.build.wall(), r.build.cpu(), r.cold, r.fileMegabytes, r.warm.wall(), r.warm.cpu(),
                    r.heapMegabytes, r.median, r.p99, r.p99Cpu);
            out.flush();
        }
        out.printf(Locale.ROOT, "build: terms and index in memory; cold: the same plus writing the file; warm: reading the"
                + " file and checking every article's hash; cpu: processor time of all threads (wall time suffers when"
                + " other programs share the cores); q50/q99: median and 99th-percentile query time, and the 99th percentile of its processor time%n");
        if (rows.size() > 1) {
            out.printf(Locale.ROOT, "per 1,000 articles: %12s %12s %8s %8s%n", "build cpu s", "warm cpu s", "heap MB", "q50 ms");
            for (Row r : rows) {
                double k = r.articles / 1000.0;
                out.printf(Locale.ROOT, "%19d %12.3f %12.3f %8.1f %8.3f%n", r.articles, r.build.cpu() / k, r.warm.cpu() / k,
                        r.heapMegabytes / k, r.median / k);
            }
        }
        out.flush();
    }

    private Row measure(int size) throws IOException {
        List<Article> library = generator.generate(size, 42);
        double megabytes = library.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        TextPipeline pipeline = TextPipeline.standard();
        RelatedIndex.build(library.subList(0, Math.min(WARM_UP_ARTICLES, size)), pipeline);
        long before = Clock.usedHeap();
        Clock clock = Clock.start();
        RelatedIndex index = RelatedIndex.build(library, pipeline);
        Time build = clock.stop();
        long heap = Clock.usedHeap() - before;
        Path folder = Files.createTempDirectory("maqal-related-bench");
        try {
            long start = System.nanoTime();
            RelatedIndexFile files = new RelatedIndexFile(pipeline, AtomicFiles::write);
            RelatedIndexFile.Opened cold = files.open(folder, library);
            double coldSeconds = seconds(start);
            if (!cold.problem().isEmpty()) throw new IOException(cold.problem());
            long fileBytes = Files.size(RelatedIndexFile.of(folder));
            clock = Clock.start();
            RelatedIndexFile.Opened warm = files.open(folder, library);
            Clock.Time warmTime = clock.stop();
            if (warm.how() != RelatedIndexFile.How.LOADED) throw new IllegalStateException("the warm open read the articles again");
            double[][] times = queries(warm.index(), library);
            return new Row(size, megabytes, index.terms(), build, coldSeconds, fileBytes / 1e6, warmTime, heap / 1e6,
                    percentile(times[0], 50), percentile(times[0], 99), percentile(times[1], 99));
        } finally {
            deleteTree(folder);
        }
    }

    /** Query times in milliseconds, sorted: wall-clock in {@code [0]}, this thread's processor time in {@code [1]}. */
    static double[][] queries(RelatedIndex index, List<Article> library) {
        Random random = new Random(7);
        for (int i = 0; i < WARM_UP; i++) index.related(library.get(random.nextInt(library.size())).id(), 10);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] ms = new double[2][QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String id = library.get(random.nextInt(library.size())).id();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            index.related(id, 10);
            ms[0][i] = (System.nanoTime() - start) / 1e6;
            ms[1][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(ms[0]);
        Arrays.sort(ms[1]);
        return ms;
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private record Row(int articles, double megabytes, int terms, Time build, double cold, double fileMegabytes,
                       Time warm, double heapMegabytes, double median, double p99, double p99Cpu) {
    }
}
