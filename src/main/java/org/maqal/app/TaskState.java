package org.maqal.app;

import java.util.function.Consumer;
import org.maqal.model.Progress;

/**
 * The one background task a model runs at a time: whether it runs, how far it has got, and how to
 * cancel it. Its model's listeners hear of every change. A model that starts a new task while one
 * runs (after cancelling it) hears nothing more of the old one: its progress and outcome are
 * ignored. Read and changed on the interface thread.
 */
public final class TaskState {
    private final Listeners listeners;
    private BackgroundTask<?> running;
    private int done;
    private int total;

    TaskState(Listeners listeners) {
        this.listeners = listeners;
    }

    /**
     * Runs the task, tracking its progress; the callbacks come after the state says it has ended. A
     * progress callback already set on the task is called, while the task is the current one, before
     * the listeners are told.
     */
    <T> void start(BackgroundTask<T> task, int steps, TaskRunner runner, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        done = 0;
        total = steps;
        running = task;
        Progress own = task.progressCallback();
        task.onProgress((d, t) -> {
                    if (running != task) return;
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
