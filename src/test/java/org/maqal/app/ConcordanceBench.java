package org.maqal.app;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;

/**
 * Prints what the corpus search costs on a library of 10,000 articles made from the real ones: the
 * heap the library takes, what a search adds to it, the memory it allocates and its wall and processor
 * time, for a word found everywhere (stops at the cap), a phrase found often and a word found nowhere
 * (goes through everything). Beside it, what the old concordance's folded copy of the library would
 * have held. Run with {@code src/build/bench-scale.sh}.
 */
public final class ConcordanceBench {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long empty = usedHeap();
        List<Article> library = new SyntheticCorpus(Seeds.corpus().articles()).generate(count, 1);
        long withLibrary = usedHeap();
        long bytes = library.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("library: %,d articles, %.1f MB of UTF-8 text, %.1f MB of heap%n",
                count, bytes / 1e6, (withLibrary - empty) / 1e6);
        System.out.printf("old concordance's folded copy with offsets: about %.1f MB more heap%n", oldIndexBytes(library) / 1e6);

        TaskRunner here = TaskRunner.callingThread();
        FakeDialogs dialogs = new FakeDialogs();
        for (String query : List.of("ال", "حلف شمال الأطلسي", "كمبيوتر")) {
            ConcordanceModel model = new ConcordanceModel(() -> library, here, dialogs);
            model.search(query);
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            int rounds = 5;
            for (int r = 0; r < rounds; r++) model.search(query);
            wall = (System.nanoTime() - wall) / rounds;
            cpu = (THREADS.getCurrentThreadCpuTime() - cpu) / rounds;
            allocated = (THREADS.getCurrentThreadAllocatedBytes() - allocated) / rounds;
            long retained = usedHeap() - withLibrary;
            System.out.printf("search %-18s %,6d hits%s, %,4d articles read: %6.1f ms wall, %6.1f ms CPU, %6.1f MB allocated,"
                            + " %5.2f MB kept%n", "«" + query + "»", model.hits().size(), model.capped() ? "+" : " ",
                    model.task().done(), wall / 1e6, cpu / 1e6, allocated / 1e6, retained / 1e6);
            if (!dialogs.errors.isEmpty()) throw new IllegalStateException(dialogs.errors.toString());
        }
        System.out.printf("(%d cores, load average %.1f, max heap %.0f MB)%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** A folded String (two bytes a char) and an int offset per original char, per article, as the old index kept. */
    private static long oldIndexBytes(List<Article> library) {
        long total = 0;
        for (Article a : library) {
            int folded = ArabicNormalizer.normalize(a.text()).length();
            total += 2L * folded + 4L * (a.text().length() + 1) + 64;
        }
        return total;
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
