package org.maqal.app;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.maqal.model.Progress;

/**
 * Runs background tasks: the work on a worker executor, progress and callbacks on the interface
 * executor (in the window: {@code SwingUtilities::invokeLater}). Progress updates are coalesced so a
 * busy worker never floods the interface thread. {@link #callingThread()} runs everything at once on
 * the caller's thread, for tests and the command line.
 */
public final class TaskRunner {
    private final Executor worker;
    private final Executor ui;

    public TaskRunner(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** Runs work and callbacks on the calling thread, before {@link #run} returns. */
    public static TaskRunner callingThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Starts the task. */
    public <T> void run(BackgroundTask<T> task) {
        Progress toUi = coalescing(task.progressCallback());
        worker.execute(() -> {
            BackgroundTask.Outcome<T> outcome = task.call(toUi);
            ui.execute(() -> task.deliver(outcome));
        });
    }

    private Progress coalescing(Progress target) {
        AtomicReference<long[]> latest = new AtomicReference<>();
        return (done, total) -> {
            if (latest.getAndSet(new long[] {done, total}) == null) {
                ui.execute(() -> {
                    long[] last = latest.getAndSet(null);
                    if (last != null) target.update((int) last[0], (int) last[1]);
                });
            }
        };
    }
}
