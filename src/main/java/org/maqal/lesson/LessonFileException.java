package org.maqal.lesson;

import java.util.Objects;

/**
 * A lesson or glossary file that cannot be read or written. The message is one plain sentence for a
 * teacher: what is wrong and what to do. A file that was refused has not been modified. The
 * {@link #problem()} says the same as data, with a {@link #detail()} for the problems that have one,
 * for an interface that speaks another language than English.
 */
public class LessonFileException extends Exception {
    private final FileProblem problem;
    private final String detail;

    public LessonFileException(String message) {
        this(FileProblem.OTHER, "", message, null);
    }

    public LessonFileException(String message, Throwable cause) {
        this(FileProblem.OTHER, "", message, cause);
    }

    /**
     * @param problem what went wrong
     * @param detail  what the problem names (see {@link FileProblem}), or empty
     * @param message the English sentence
     */
    public LessonFileException(FileProblem problem, String detail, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** What went wrong, {@link FileProblem#OTHER} when only the message says it. */
    public FileProblem problem() {
        return problem;
    }

    /** What the problem names (the other lesson's title), or empty. */
    public String detail() {
        return detail;
    }
}
