package org.maqal.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.MetadataFiles;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;

/**
 * A library at several sizes, opened as the window opens it: for each size, articles generated from
 * the seed articles are written to a folder (text and metadata files), then opened in a fresh
 * program ({@code bench open}, {@link OpenBench}) twice: first with nothing kept (the articles are
 * analysed and the caches written), then from the caches (the better of two runs). Prints one row
 * per size and how each figure grows per 1,000 articles.
 */
final class LibraryBench {
    private final SyntheticCorpus generator;
    private final PrintWriter out;

    LibraryBench(List<Article> seeds, PrintWriter out) {
        this.generator = new SyntheticCorpus(seeds);
        this.out = out;
    }

    private record Row(int articles, double megabytes, OpenBench.Result first, OpenBench.Result cached, double cacheMegabytes) {
    }

    void run(List<Integer> sizes) throws Exception {
        out.printf(Locale.ROOT, "%nlibrary: generated articles in a folder, opened in a fresh program as the window opens it"
                + " (max heap %.0f MB)%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf(Locale.ROOT, "%8s %6s | %8s %7s | %8s %7s %7s %7s %7s | %8s %7s | %8s %7s %7s%n", "articles", "MB",
                "first s", "cpu s", "cached s", "cpu s", "read s", "cpu s", "kept", "cache MB", "heap MB", "index s", "q50 ms",
                "q99 ms");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Row r = measure(size);
            rows.add(r);
            OpenBench.Result c = r.cached;
            out.printf(Locale.ROOT, "%8d %6.1f | %8.2f %7.2f | %8.2f %7.2f %7.2f %7.2f %7d | %8.1f %7.0f | %8.2f %7.2f %7.2f%n",
                    r.articles, r.megabytes, r.first.total().wall(), r.first.total().cpu(), c.total().wall(), c.total().cpu(),
                    c.read().wall(), c.read().cpu(), c.kept(), r.cacheMegabytes, c.heapMegabytes(), c.related().wall(),
                    c.queryMedian(), c.queryP99());
            out.flush();
        }
        out.printf(Locale.ROOT, "first: reading the files, analysing every article, writing the cache; cached: reading the files"
                + " (read, checking only those whose size or time changed) and the kept analyses with their corpus-wide"
                + " vocabulary and readability; cpu: processor time of all"
                + " threads; heap: what the opened library holds after a full collection; index: opening the related-article"
                + " index from its file; q50/q99: related-article query, top 10, median and 99th percentile%n");
        if (rows.size() > 1) {
            out.printf(Locale.ROOT, "per 1,000 articles: %9s %9s %9s %9s %9s%n", "first cpu", "cached s", "cached cpu", "heap MB", "q50 ms");
            for (Row r : rows) {
                double k = r.articles / 1000.0;
                out.printf(Locale.ROOT, "%19d %9.2f %9.3f %9.3f %9.1f %9.3f%n", r.articles, r.first.total().cpu() / k,
                        r.cached.total().wall() / k, r.cached.total().cpu() / k, r.cached.heapMegabytes() / k, r.cached.queryMedian() / k);
            }
        }
        out.flush();
    }

    private Row measure(int size) throws Exception {
        List<Article> library = generator.generate(size, 42);
        double megabytes = library.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        Path folder = Files.createTempDirectory("maqal-library-bench");
        try {
            write(library, folder);
            OpenBench.Result first = open(folder);
            if (first.kept() != 0) throw new IllegalStateException("the first opening found a cache");
            OpenBench.Result cached = open(folder);
            OpenBench.Result again = open(folder);
            if (again.total().wall() < cached.total().wall()) cached = again;
            if (cached.kept() != size) throw new IllegalStateException("the cached opening analysed articles again");
            return new Row(size, megabytes, first, cached, Files.size(AnalysisFile.of(folder)) / 1e6);
        } finally {
            RelatedBench.deleteTree(folder);
        }
    }

    private static void write(List<Article> library, Path folder) throws IOException {
        MetadataFiles metadata = new MetadataFiles();
        for (Article a : library) {
            Files.writeString(folder.resolve(a.id() + ".txt"), a.text());
            Files.writeString(folder.resolve(a.id() + ".json"), metadata.toJson(a.metadata()));
        }
    }

    /** Runs {@code bench open} in a fresh program with this program's heap limit and reads its result. */
    private static OpenBench.Result open(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx")) command.add(arg);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.maqal.Main", "bench", "open", "--corpus",
                folder.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = child.waitFor();
        for (String line : output.split("\n")) {
            if (line.startsWith(OpenBench.RESULT)) return OpenBench.Result.parse(line);
        }
        throw new IOException("bench open exited with " + exit + ": " + output.strip());
    }
}
