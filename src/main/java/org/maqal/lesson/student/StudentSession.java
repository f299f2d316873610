package org.maqal.lesson.student;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;

/**
 * A student answering a student copy, without any window: the answers, the flags, progress, instant
 * feedback where the copy allows it, saving and handing in. The window shows it and calls it on every
 * change; each change is saved within {@link #SAVE_DELAY} (plus one write) by an {@link Autosaver},
 * and opening the same work file again ({@link #resume}) restores every answer. Thread-safe; methods
 * that write or hash ({@link #handIn}, {@link #feedback}, {@link #close}) may take a moment and
 * belong off the window's thread.
 */
public final class StudentSession implements AutoCloseable {
    /** How long after a change the work is saved. */
    public static final Duration SAVE_DELAY = Duration.ofMillis(300);

    /**
     * How far the student is.
     *
     * @param answered items answered
     * @param total    items to answer (every item but unscored vocabulary entries)
     * @param flagged  items flagged to come back to
     */
    public record Tally(int answered, int total, int flagged) {
    }

    private final StudentCopy copy;
    private final Path file;
    private final Clock clock;
    private final Autosaver saver;
    private final InstantFeedback feedback;
    private StudentWork work;
    private boolean closed;

    private StudentSession(StudentCopy copy, StudentWork work, Path file, Clock clock, Duration delay, Autosaver.Listener listener) {
        this.copy = copy;
        this.work = work;
        this.file = file;
        this.clock = clock;
        this.saver = new Autosaver(this::work, file, new WorkFiles(), delay, listener);
        this.feedback = new InstantFeedback(copy);
    }

    /**
     * Starts new work on a copy for a student, saved at once to {@code workFile} (replacing what is
     * there: look for earlier work with {@link WorkFolder#find} first).
     *
     * @throws LessonFileException when the file cannot be written
     */
    public static StudentSession start(StudentCopy copy, StudentWork.Student student, Path workFile,
                                       Clock clock, Duration delay, Autosaver.Listener listener) throws LessonFileException {
        StudentWork work = StudentWork.begin(copy, student, clock.instant());
        new WorkFiles().save(work, workFile);
        return new StudentSession(copy, work, workFile, clock, delay, listener);
    }

    /** {@link #start(StudentCopy, StudentWork.Student, Path, Clock, Duration, Autosaver.Listener)} with the system clock and {@link #SAVE_DELAY}. */
    public static StudentSession start(StudentCopy copy, StudentWork.Student student, Path workFile,
                                       Autosaver.Listener listener) throws LessonFileException {
        return start(copy, student, workFile, Clock.systemUTC(), SAVE_DELAY, listener);
    }

    /**
     * Goes on with work saved earlier (from its backup if the file itself is damaged).
     *
     * @throws LessonFileException when the work cannot be read, or is for another lesson
     */
    public static StudentSession resume(StudentCopy copy, Path workFile, Clock clock, Duration delay,
                                        Autosaver.Listener listener) throws LessonFileException {
        StudentWork work = new WorkFiles().restore(workFile);
        if (!work.lessonId().equals(copy.lessonId())) {
            throw new LessonFileException(FileProblem.OTHER_LESSON, workFile, work.lessonTitle(), Remedy.OPEN_THAT_LESSON,
                    "The answers in " + workFile.getFileName() + " are for the lesson \"" + work.lessonTitle() + "\", not \""
                            + copy.title() + "\"; open that lesson to go on with them.", null);
        }
        return new StudentSession(copy, work, workFile, clock, delay, listener);
    }

    /** {@link #resume(StudentCopy, Path, Clock, Duration, Autosaver.Listener)} with the system clock and {@link #SAVE_DELAY}. */
    public static StudentSession resume(StudentCopy copy, Path workFile, Autosaver.Listener listener) throws LessonFileException {
        return resume(copy, workFile, Clock.systemUTC(), SAVE_DELAY, listener);
    }

    public StudentCopy copy() {
        return copy;
    }

    /** The work file. */
    public Path file() {
        return file;
    }

    /** The work as it is now. */
    public synchronized StudentWork work() {
        return work;
    }

    /** The answer given to an item, if any. */
    public Optional<Answer> answer(String itemId) {
        return work().answer(itemId);
    }

    /**
     * Records an answer (an empty one clears it) and schedules a save.
     *
     * @throws IllegalArgumentException for an item the copy does not have, or an answer of the wrong kind
     * @throws IllegalStateException    once the session is closed
     */
    public void answer(String itemId, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        StudentItem item = item(itemId);
        if (!item.accepts(answer)) {
            throw new IllegalArgumentException("item \"" + itemId + "\" takes " + Answer.kindFor(item.type()).getSimpleName()
                    + ", not " + answer.getClass().getSimpleName());
        }
        change(w -> w.withAnswer(itemId, answer, clock.instant()));
    }

    /** Flags an item to come back to, or takes the flag off; schedules a save. */
    public void flag(String itemId, boolean flagged) {
        item(itemId);
        change(w -> w.withFlag(itemId, flagged, clock.instant()));
    }

    public boolean isFlagged(String itemId) {
        return work().flags().contains(itemId);
    }

    /** The ids of the answerable items not answered yet, in the order of the copy. */
    public List<String> unanswered() {
        StudentWork now = work();
        return copy.items().filter(StudentItem::answerable).map(StudentItem::id)
                .filter(id -> !now.responses().containsKey(id)).toList();
    }

    /** The ids of the flagged items, in the order of the copy. */
    public List<String> flagged() {
        StudentWork now = work();
        return copy.items().map(StudentItem::id).filter(now.flags()::contains).toList();
    }

    public Tally tally() {
        StudentWork now = work();
        int total = (int) copy.items().filter(StudentItem::answerable).count();
        int answered = (int) copy.items().filter(StudentItem::answerable).filter(i -> now.responses().containsKey(i.id())).count();
        return new Tally(answered, total, flagged().size());
    }

    /** The feedback on the current answer to an item (see {@link InstantFeedback#check}). */
    public Feedback feedback(String itemId) {
        return feedback.check(itemId, answer(itemId).orElse(null));
    }

    /**
     * Saves now what is not saved yet, and waits for it.
     *
     * @throws LessonFileException when the save fails
     */
    public void flush() throws LessonFileException {
        saver.flush();
    }

    /** Whether every change is on disk. */
    public boolean isSaved() {
        return saver.isSaved();
    }

    /**
     * Saves, then hands the work in to the folder ({@link HandIns}); the work file remembers when.
     *
     * @return the hand-in written
     * @throws LessonFileException when the work cannot be saved or handed in
     */
    public HandIns.HandIn handIn(Path folder) throws LessonFileException {
        saver.flush();
        HandIns.HandIn handIn = new HandIns().write(work(), folder, clock.instant());
        change(w -> w.handedIn(handIn.work().handedIn(), handIn.work().attempt()));
        saver.flush();
        return handIn;
    }

    /**
     * Saves what is not saved yet and stops saving; later changes are refused.
     *
     * @throws LessonFileException when that last save fails
     */
    @Override
    public void close() throws LessonFileException {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        saver.close();
    }

    private StudentItem item(String itemId) {
        return copy.item(itemId).orElseThrow(() -> new IllegalArgumentException("the copy has no item \"" + itemId + "\""));
    }

    private void change(UnaryOperator<StudentWork> edit) {
        synchronized (this) {
            if (closed) throw new IllegalStateException("the session is closed");
            work = edit.apply(work);
        }
        saver.changed();
    }
}
