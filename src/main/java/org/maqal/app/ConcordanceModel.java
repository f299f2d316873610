package org.maqal.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.maqal.model.Article;

/**
 * The corpus search as the reader shows it: the query, the hits found so far, how far the search has
 * gone through the library, and whether it stopped at the cap. The search runs as a background task
 * ({@link Concordance}) that hands its hits over while it goes, so the first ones show at once; a new
 * query cancels the search under way, and nothing of the old one is shown after. At most
 * {@link #limit()} hits are kept, so memory stays small whatever the query and the library.
 * While a search runs, its hits are taken over in batches: the first at once, then at most once per
 * {@link #PACE} (or the pace given), so a search that finds hits in every article does not keep the
 * window redrawing the list and the count; when it ends, all its hits are there.
 * Read and changed on the interface thread; listeners hear of every change.
 */
public final class ConcordanceModel {
    /** The most hits a search shows unless told otherwise. */
    public static final int LIMIT = 1000;
    /** How often, at most, the hits and the count change while a search runs, unless told otherwise. */
    public static final Duration PACE = Duration.ofMillis(100);

    private final Supplier<List<Article>> articles;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final int limit;
    private final Listeners listeners = new Listeners();
    private final TaskState task;
    private String query = "";
    private List<Concordance.Hit> hits = List.of();
    private boolean capped;
    private boolean complete = true;

    /**
     * A search over the articles the supplier gives when a search starts, showing new hits at most
     * once per pace.
     *
     * @param limit the most hits a search shows; at least 1
     * @param pace  how long at least between two batches of hits while a search runs; zero shows
     *              every report of the search
     * @param clock the time in nanoseconds that the pace is measured by
     */
    public ConcordanceModel(Supplier<List<Article>> articles, TaskRunner runner, DialogService dialogs, int limit,
                            Duration pace, LongSupplier clock) {
        if (limit < 1) throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        this.articles = Objects.requireNonNull(articles, "articles");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.limit = limit;
        this.task = new TaskState(listeners, pace, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A search over the articles the supplier gives when a search starts, showing new hits at most
     * once per {@link #PACE}.
     *
     * @param limit the most hits a search shows; at least 1
     */
    public ConcordanceModel(Supplier<List<Article>> articles, TaskRunner runner, DialogService dialogs, int limit) {
        this(articles, runner, dialogs, limit, PACE, System::nanoTime);
    }

    /** A search showing at most {@link #LIMIT} hits. */
    public ConcordanceModel(Supplier<List<Article>> articles, TaskRunner runner, DialogService dialogs) {
        this(articles, runner, dialogs, LIMIT);
    }

    public Listeners listeners() {
        return listeners;
    }

    /** The search under way, if any: articles searched so far of all, and how to cancel it. */
    public TaskState task() {
        return task;
    }

    /** The query of the last search, stripped. */
    public String query() {
        return query;
    }

    /** The hits found so far, in reading order; the list grows while the search runs. */
    public List<Concordance.Hit> hits() {
        return hits;
    }

    /**
     * Stops the search under way, if any, keeping the hits found so far; for when the teacher changes
     * the query and the new search is about to follow.
     */
    public void stop() {
        task.cancel();
    }

    /** Whether the last search stopped at {@link #limit()} with more hits left. */
    public boolean capped() {
        return capped;
    }

    public int limit() {
        return limit;
    }

    /**
     * Searches the articles for the text in the background, cancelling the search under way. A blank
     * text clears the hits and searches nothing.
     */
    public void search(String text) {
        task.cancel();
        query = text.strip();
        capped = false;
        complete = false;
        List<Concordance.Hit> found = new ArrayList<>();
        hits = Collections.unmodifiableList(found);
        if (query.isEmpty()) {
            complete = true;
            listeners.fire();
            return;
        }
        Concordance concordance = new Concordance(articles.get());
        String q = query;
        Queue<Concordance.Hit> handedOver = new ConcurrentLinkedQueue<>();
        BackgroundTask<Concordance.Summary> search = BackgroundTask
                .of(progress -> concordance.search(q, limit, handedOver::add, progress))
                .onProgress((done, total) -> take(handedOver, found));
        task.start(search, concordance.size(), runner, summary -> {
            take(handedOver, found);
            capped = summary.capped();
            complete = true;
            listeners.fire();
        }, e -> dialogs.showError(Message.of("reader.search"), Message.literal(e.getMessage())));
    }

    /**
     * What to tell the teacher about the hits: how many so far, all of them, more than the limit, or
     * how many before the search was stopped.
     */
    public Message status() {
        if (query.isEmpty()) return Message.literal("");
        if (task.running()) return Message.of("reader.search.searching", hits.size(), task.done(), task.total());
        if (capped) return Message.of("reader.search.more", limit);
        if (!complete) return Message.of("reader.search.stopped", hits.size());
        return Message.of("reader.search.hits", hits.size());
    }

    private static void take(Queue<Concordance.Hit> handedOver, List<Concordance.Hit> found) {
        for (Concordance.Hit hit = handedOver.poll(); hit != null; hit = handedOver.poll()) found.add(hit);
    }
}
