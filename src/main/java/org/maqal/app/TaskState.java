package org.maqal.app;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.maqal.model.Progress;

/**
 * The one background task a model runs at a time: whether it runs, how far it has got, and how to
 * cancel it. Its model's listeners hear of every change. A model that starts a new task while one
 * runs (after cancelling it) hears nothing more of the old one: its progress and outcome are
 * ignored. Progress may be paced: shown at most once per interval, so a task that reports often does
 * not keep the interface busy redrawing. Read and changed on the interface thread.
 */
public final class TaskState {
    private final Listeners listeners;
    private final long paceNanos;
    private final LongSupplier clock;
    private BackgroundTask<?> running;
    private int done;
    private int total;
    private boolean shownYet;
    private long shownAt;

    /** A task state that shows every progress report. */
    TaskState(Listeners listeners) {
        this(listeners, Duration.ZERO, System::nanoTime);
    }

    /**
     * A task state that shows a task's first progress report at once and later ones at most once per
     * {@code pace} by the clock (nanoseconds); reports in between are skipped, and the end of the task
     * is always shown.
     */
    TaskState(Listeners listeners, Duration pace, LongSupplier clock) {
        if (pace.isNegative()) throw new IllegalArgumentException("The pace must not be negative: " + pace);
        this.listeners = listeners;
        this.paceNanos = pace.toNanos();
        this.clock = clock;
    }

    /**
     * Runs the task, tracking its progress; the callbacks come after the state says it has ended. A
     * progress callback already set on the task is called, while the task is the current one and the
     * report is shown (see the pace), before the listeners are told.
     */
    <T> void start(BackgroundTask<T> task, int steps, TaskRunner runner, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        done = 0;
        total = steps;
        running = task;
        shownYet = false;
        Progress own = task.progressCallback();
        task.onProgress((d, t) -> {
                    if (running != task || !due()) return;
                    done = d;
                    total = t;
                    own.update(d, t);
                    listeners.fire();
                })
                .onSuccess(value -> {
                    if (finish(task)) onSuccess.accept(value);
                })
                .onFailure(e -> {
                    if (finish(task)) onFailure.accept(e);
                })
                .onCancelled(() -> finish(task));
        listeners.fire();
        task.runWith(runner);
    }

    /** Whether a progress report is to be shown now, by the pace; if so, counts it as shown. */
    private boolean due() {
        long now = clock.getAsLong();
        if (shownYet && now - shownAt < paceNanos) return false;
        shownYet = true;
        shownAt = now;
        return true;
    }

    /** Whether a task is under way. */
    public boolean running() {
        return running != null;
    }

    /** Steps done so far, of {@link #total()}. */
    public int done() {
        return done;
    }

    /** Steps in all, as the task last said. */
    public int total() {
        return total;
    }

    /** Asks the task under way, if any, to stop. */
    public void cancel() {
        if (running != null) running.cancel();
    }

    /** Ends the task if it is the current one, and says whether it was. */
    private boolean finish(BackgroundTask<?> task) {
        if (running != task) return false;
        running = null;
        listeners.fire();
        return true;
    }
}
