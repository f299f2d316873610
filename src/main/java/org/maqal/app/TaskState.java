package org.maqal.app;

import java.util.function.Consumer;

/**
 * The one background task a model runs at a time: whether it runs, how far it has got, and how to
 * cancel it. Its model's listeners hear of every change.
 */
final class TaskState {
    private final Listeners listeners;
    private BackgroundTask<?> running;
    private int done;
    private int total;

    TaskState(Listeners listeners) {
        this.listeners = listeners;
    }

    /** Runs the task, tracking its progress; the callbacks come after the state says it has ended. */
    <T> void start(BackgroundTask<T> task, int steps, TaskRunner runner, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        done = 0;
        total = steps;
        running = task;
        task.onProgress((d, t) -> {
                    done = d;
                    total = t;
                    listeners.fire();
                })
                .onSuccess(value -> {
                    finish();
                    onSuccess.accept(value);
                })
                .onFailure(e -> {
                    finish();
                    onFailure.accept(e);
                })
                .onCancelled(this::finish);
        listeners.fire();
        task.runWith(runner);
    }

    boolean running() {
        return running != null;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    void cancel() {
        if (running != null) running.cancel();
    }

    private void finish() {
        running = null;
        listeners.fire();
    }
}
