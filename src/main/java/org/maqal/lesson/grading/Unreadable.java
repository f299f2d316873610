package org.maqal.lesson.grading;

import java.nio.file.Path;
import java.util.Objects;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;

/**
 * A file in the hand-in folder that was not graded, and why: as data for an interface in any language
 * ({@code problem} and its {@code detail}) and as an English sentence for the command line.
 *
 * @param file    the file
 * @param problem why it was not graded (damaged, not a hand-in, for another lesson, …)
 * @param detail  what the problem names: for {@link FileProblem#OTHER_LESSON} the hand-in's lesson
 *                title; otherwise empty
 * @param remedy  what the teacher can do, when the problem does not say it
 * @param reason  the same in English, as a sentence
 */
public record Unreadable(Path file, FileProblem problem, String detail, Remedy remedy, String reason) {
    public Unreadable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(reason, "reason");
    }

    /** A file refused with this exception's problem, detail and sentence. */
    static Unreadable of(Path file, LessonFileException e) {
        return new Unreadable(file, e.problem(), e.detail(), e.remedy(), e.getMessage());
    }
}
