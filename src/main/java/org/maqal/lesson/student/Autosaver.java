package org.maqal.lesson.student;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;

/**
 * Saves a student's work in the background soon after each change. The window calls
 * {@link #changed()} on every change (cheap, any thread); the first change after a save schedules one
 * save {@code delay} later, and the changes made until then ride along, so typing does not write on
 * every key yet no change waits longer than the delay plus one write. A failed save is reported and
 * tried again after {@link #RETRY}. {@link #flush()} saves at once and {@link #close()} flushes and
 * stops; both wait for a save in progress. Saves run on one daemon thread, one at a time. Thread-safe.
 */
public final class Autosaver implements AutoCloseable {
    /** How long a failed save waits before it is tried again. */
    public static final Duration RETRY = Duration.ofSeconds(2);

    /** Told about saves, on the saver's thread (the window must hop to its own). */
    public interface Listener {
        Listener NONE = new Listener() {
            @Override public void saved(StudentWork work) { }
            @Override public void failed(LessonFileException error) { }
        };

        /** The work as it is now on disk. */
        void saved(StudentWork work);

        /** A save failed; the work is still in memory and will be tried again. */
        void failed(LessonFileException error);
    }

    private final Supplier<StudentWork> current;
    private final Path file;
    private final WorkFiles files;
    private final Duration delay;
    private final Listener listener;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "maqal-autosave");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long saved;
    private volatile boolean closed;

    /**
     * @param current what to save: the work as it is when the save runs
     * @param file    where to save it
     * @param delay   how long after a change the save runs
     */
    public Autosaver(Supplier<StudentWork> current, Path file, WorkFiles files, Duration delay, Listener listener) {
        this.current = Objects.requireNonNull(current, "current");
        this.file = Objects.requireNonNull(file, "file");
        this.files = Objects.requireNonNull(files, "files");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Notes a change; a save follows within the delay. Ignored once closed. */
    public void changed() {
        changes.incrementAndGet();
        schedule(delay);
    }

    /** Whether every change so far is on disk. */
    public boolean isSaved() {
        return saved == changes.get();
    }

    /**
     * Saves now, on the saver's thread, and waits for it; does nothing when every change is saved.
     *
     * @throws LessonFileException when the save fails
     */
    public void flush() throws LessonFileException {
        if (closed) return;
        try {
            LessonFileException error = saver.submit(this::save).get();
            if (error != null) throw error;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LessonFileException(FileProblem.INTERRUPTED, file,
                    "Saving your answers was interrupted; they are still open in Maqal, save again.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the autosave failed unexpectedly", e.getCause());
        }
    }

    /**
     * Saves what is not saved yet and stops the saver.
     *
     * @throws LessonFileException when that last save fails (the saver stops all the same)
     */
    @Override
    public void close() throws LessonFileException {
        try {
            flush();
        } finally {
            closed = true;
            saver.shutdown();
            try {
                saver.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void schedule(Duration after) {
        if (closed || !scheduled.compareAndSet(false, true)) return;
        try {
            saver.schedule(() -> {
                scheduled.set(false);
                if (save() != null) schedule(RETRY);
            }, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // closed meanwhile: close() has saved the last state
        }
    }

    /** Saves if there are unsaved changes; returns the error, if any, after telling the listener. */
    private LessonFileException save() {
        long version = changes.get();
        if (version == saved) return null;
        StudentWork work = current.get();
        try {
            files.save(work, file);
        } catch (LessonFileException e) {
            listener.failed(e);
            return e;
        }
        saved = version;
        listener.saved(work);
        return null;
    }
}
