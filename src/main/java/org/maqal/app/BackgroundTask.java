package org.maqal.app;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.maqal.exercise.GenerationCancelledException;
import org.maqal.model.Progress;

/**
 * Long work with progress, a way to cancel, and callbacks for success, failure and cancellation.
 * A {@link TaskRunner} decides the threads: the work runs on a worker (or, in tests, on the calling
 * thread) and the callbacks on the interface thread. Cancelling interrupts the work's thread; work
 * that notices (an {@link InterruptedException}, a {@link CancellationException} or a
 * {@link GenerationCancelledException}) ends in {@link #onCancelled}. A task runs once.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    /** The work itself: it reports progress and returns its result or throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How the work ended. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> { }
        record Failed<T>(Exception error) implements Outcome<T> { }
        record Cancelled<T>() implements Outcome<T> { }
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Exception> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Progress onProgress = Progress.NONE;
    private volatile boolean cancelled;
    private volatile Thread worker;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Told (on the interface thread) how far the work has gone. */
    public BackgroundTask<T> onProgress(Progress callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Hands the task to a runner and returns it, so the caller can cancel it. */
    public BackgroundTask<T> runWith(TaskRunner runner) {
        runner.run(this);
        return this;
    }

    /** Asks the work to stop: its thread is interrupted and the task ends as cancelled. */
    public void cancel() {
        cancelled = true;
        Thread t = worker;
        if (t != null) t.interrupt();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the work on the current thread; for runners. Clears the interrupt it may have caused. */
    Outcome<T> call(Progress progress) {
        worker = Thread.currentThread();
        try {
            if (cancelled) return new Outcome.Cancelled<>();
            T value = work.run(progress);
            return cancelled ? new Outcome.Cancelled<>() : new Outcome.Done<>(value);
        } catch (InterruptedException | CancellationException | GenerationCancelledException e) {
            return new Outcome.Cancelled<>();
        } catch (Exception e) {
            return cancelled ? new Outcome.Cancelled<>() : new Outcome.Failed<>(e);
        } finally {
            worker = null;
            if (cancelled) Thread.interrupted();
        }
    }

    /** Tells the callbacks how the work ended; for runners, on the interface thread. */
    void deliver(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) onSuccess.accept(done.value());
        else if (outcome instanceof Outcome.Failed<T> failed) onFailure.accept(failed.error());
        else onCancelled.run();
    }

    Progress progressCallback() {
        return onProgress;
    }
}
