package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The corpus search over a library of thousands of articles made from the real ones: every hit found
 * and in reading order, hits shown while the search runs, a search stopped when the teacher cancels or
 * types another query, and at most the cap of hits with a note that there are more.
 */
class ConcordanceModelTest {
    private static final List<Article> LIBRARY = new SyntheticCorpus(Seeds.corpus().articles()).generate(3000, 7);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** How often a word occurs in each article, counted on the normalised text, independently of the concordance. */
    private static List<Integer> occurrences(String word) {
        String w = ArabicNormalizer.normalize(word);
        List<Integer> counts = new ArrayList<>();
        for (Article a : LIBRARY) {
            String t = ArabicNormalizer.normalize(a.text());
            int n = 0;
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) n++;
            counts.add(n);
        }
        return counts;
    }

    private static List<Integer> perArticle(List<Concordance.Hit> hits) {
        List<Integer> counts = new ArrayList<>();
        for (Article a : LIBRARY) counts.add((int) hits.stream().filter(h -> h.articleId().equals(a.id())).count());
        return counts;
    }

    private static int total(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** A search on this thread that shows every report of its progress. */
    private ConcordanceModel unpaced(List<Article> articles, int limit) {
        return new ConcordanceModel(() -> articles, TaskRunner.callingThread(), dialogs, limit, Duration.ZERO, System::nanoTime);
    }

    /** The number of hits shown each time the listeners hear of a change while the search runs. */
    private static List<Integer> shownWhileRunning(ConcordanceModel model) {
        List<Integer> shown = new ArrayList<>();
        model.listeners().subscribe(() -> {
            if (model.task().running()) shown.add(model.hits().size());
        });
        return shown;
    }

    private String status(ConcordanceModel model) {
        return model.status().in(dialogs.texts);
    }

    @Test
    void findsEveryOccurrenceInALibraryOfThousandsOfArticlesInReadingOrder() {
        ConcordanceModel model = unpaced(LIBRARY, 100_000);
        model.search("  الأطلسي ");
        List<Concordance.Hit> hits = model.hits();
        assertThat(perArticle(hits)).isEqualTo(occurrences("الأطلسي"));
        assertThat(hits).hasSizeGreaterThan(LIBRARY.size());
        assertThat(hits).allSatisfy(h -> {
            String text = LIBRARY.get(Integer.parseInt(h.articleId().substring(4))).text();
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.match());
            assertThat(ArabicNormalizer.normalize(h.match())).isEqualTo("الاطلسي");
        });
        assertThat(hits).extracting(Concordance.Hit::articleId).isSorted();
        assertThat(model.query()).isEqualTo("الأطلسي");
        assertThat(model.capped()).isFalse();
        assertThat(model.task().running()).isFalse();
        assertThat(status(model)).isEqualTo(String.format(Locale.ENGLISH, "%,d occurrence(s)", hits.size()));
    }

    @Test
    void showsHitsWhileTheSearchIsStillGoing() {
        ConcordanceModel model = unpaced(LIBRARY, 100_000);
        List<Integer> shownWhileRunning = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        model.listeners().subscribe(() -> {
            if (model.task().running()) {
                shownWhileRunning.add(model.hits().size());
                statuses.add(status(model));
            }
        });
        model.search("حلف شمال الأطلسي");
        int all = model.hits().size();
        assertThat(all).isEqualTo(total(occurrences("حلف شمال الأطلسي"))).isPositive();
        assertThat(shownWhileRunning).isSorted().contains(0).anyMatch(n -> n > 0 && n < all);
        assertThat(statuses).anyMatch(s -> s.matches("[\\d,]+ occurrence\\(s\\) so far; [\\d,]+ of 3,000 articles searched"));
    }

    @Test
    void whileASearchRunsItsHitsComeInBatchesAtMostOncePerPaceAndAllAreThereAtTheEnd() {
        AtomicLong clock = new AtomicLong();
        ConcordanceModel paced = new ConcordanceModel(() -> LIBRARY, TaskRunner.callingThread(), dialogs, 100_000,
                Duration.ofMillis(100), () -> clock.addAndGet(10_000_000));
        ConcordanceModel every = unpaced(LIBRARY, 100_000);
        List<Integer> batches = shownWhileRunning(paced);
        List<Integer> reports = shownWhileRunning(every);
        paced.search("حلف شمال الأطلسي");
        every.search("حلف شمال الأطلسي");

        assertThat(paced.hits()).as("every hit at the end").isEqualTo(every.hits()).isNotEmpty();
        assertThat(status(paced)).isEqualTo(status(every));
        assertThat(reports).hasSizeGreaterThan(100);
        assertThat(batches).as("the clock moves 10 ms a look: one report in ten is shown")
                .hasSizeBetween(reports.size() / 10, reports.size() / 10 + 2);
        assertThat(batches.get(1)).as("the first hits show at once").isEqualTo(reports.get(1)).isPositive();
        assertThat(batches).isSorted().anyMatch(n -> n > batches.get(1) + 5);
    }

    @Test
    void stopsAtTheCapAndSaysThereAreMore() {
        ConcordanceModel model = unpaced(LIBRARY, 50);
        model.search("ال");
        assertThat(model.hits()).hasSize(50);
        assertThat(model.capped()).isTrue();
        assertThat(model.task().done()).isLessThan(LIBRARY.size());
        assertThat(status(model)).startsWith("More than 50 occurrences");

        int exactly = total(occurrences("الأطلسي").subList(0, 40));
        ConcordanceModel fits = unpaced(LIBRARY.subList(0, 40), exactly);
        fits.search("الأطلسي");
        assertThat(fits.hits()).hasSize(exactly);
        assertThat(fits.capped()).as("exactly as many hits as the cap is not more").isFalse();
        fits.search("");
        assertThat(fits.hits()).isEmpty();
        assertThat(status(fits)).isEmpty();
    }

    @Test
    void cancellingStopsTheSearchPartWay() {
        ConcordanceModel model = unpaced(LIBRARY, 100_000);
        model.listeners().subscribe(() -> {
            if (model.task().running() && model.task().done() >= 100) model.stop();
        });
        model.search("الأطلسي");
        assertThat(model.task().running()).isFalse();
        assertThat(model.task().done()).isBetween(100, 200);
        List<Integer> expected = new ArrayList<>(occurrences("الأطلسي"));
        for (int i = model.task().done(); i < expected.size(); i++) expected.set(i, 0);
        assertThat(perArticle(model.hits())).isEqualTo(expected);
        assertThat(status(model)).isEqualTo(String.format(Locale.ENGLISH, "%,d occurrence(s) before the search was stopped",
                model.hits().size()));
        assertThat(dialogs.errors).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void typingAnotherQueryCancelsTheSearchUnderWayAndShowsOnlyTheNewOne() throws Exception {
        BlockingQueue<Runnable> interfaceThread = new LinkedBlockingQueue<>();
        ConcordanceModel model = new ConcordanceModel(() -> LIBRARY, new TaskRunner(workers, interfaceThread::add), dialogs, 100_000);
        model.search("ال");
        Runnable first = interfaceThread.poll(60, TimeUnit.SECONDS);
        assertThat(first).as("the first search reports hits").isNotNull();
        model.search("الأطلسي");
        first.run();
        assertThat(model.hits()).as("nothing of the first search is shown").isEmpty();
        while (model.task().running()) {
            Runnable next = interfaceThread.poll(60, TimeUnit.SECONDS);
            assertThat(next).as("the second search goes on").isNotNull();
            next.run();
        }
        assertThat(perArticle(model.hits())).isEqualTo(occurrences("الأطلسي"));
        assertThat(model.query()).isEqualTo("الأطلسي");
        for (Runnable late = interfaceThread.poll(200, TimeUnit.MILLISECONDS); late != null;
                late = interfaceThread.poll(200, TimeUnit.MILLISECONDS)) {
            late.run();
        }
        assertThat(perArticle(model.hits())).as("late news of the first search changes nothing").isEqualTo(occurrences("الأطلسي"));
        assertThat(model.task().running()).isFalse();
    }
}
