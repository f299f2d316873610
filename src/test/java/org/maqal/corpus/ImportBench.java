package org.maqal.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;

/**
 * Prints how long importing one file into a library of 10,000 articles takes: the first time, when
 * every article must be read to check for a duplicate, and the next times, when the file catalog
 * answers; and a duplicate of the last article. Run with {@code src/build/bench-scale.sh}.
 */
public final class ImportBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("maqal-import-bench");
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        List<Article> library = new SyntheticCorpus(Seeds.corpus().articles()).generate(count + 3, 5);
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        long bytes = 0;
        for (Article a : library.subList(0, count)) {
            Path file = Files.writeString(corpus.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, settled);
            bytes += Files.size(file);
        }
        System.out.printf("import into a library of %,d articles (%.1f MB):%n", count, bytes / 1e6);
        ArticleImporter importer = new ArticleImporter();
        time("first import (no catalog)", importer, inbox, corpus, library.get(count));
        time("second import (catalog)", importer, inbox, corpus, library.get(count + 1));
        time("third import (catalog)", importer, inbox, corpus, library.get(count + 2));
        time("duplicate of the last article", importer, inbox, corpus, library.get(count - 1));
        System.out.printf("(%d cores, load average %.1f)%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void time(String what, ArticleImporter importer, Path inbox, Path corpus, Article article) throws Exception {
        Path file = Files.writeString(inbox.resolve(article.id() + "-in.txt"), article.text(), StandardCharsets.UTF_8);
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        ImportResult result = importer.importFile(file, corpus);
        wall = System.nanoTime() - wall;
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        System.out.printf("  %-30s %8.1f ms wall, %8.1f ms CPU -> %s %s%n", what, wall / 1e6, cpu / 1e6,
                result.getClass().getSimpleName(), result.id());
    }
}
