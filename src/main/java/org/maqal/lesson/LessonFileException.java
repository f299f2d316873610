package org.maqal.lesson;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A lesson, glossary or student file that cannot be read or written. The message is one plain
 * English sentence for a teacher or a student: what is wrong with which file and what to do. A file
 * that was refused has not been modified. The same is kept as data, for an interface that speaks
 * another language: the {@link #problem()}, the {@link #file()} it concerns, a {@link #detail()} for
 * the problems that have one, and the {@link #remedy()} when the problem alone does not say what to do.
 */
public class LessonFileException extends Exception {
    private final FileProblem problem;
    private final Path file;
    private final String detail;
    private final Remedy remedy;

    /**
     * @param problem what went wrong
     * @param file    the file (or folder) it went wrong with
     * @param detail  what the problem names (see {@link FileProblem}), or empty
     * @param remedy  what to do, when the problem does not say it
     * @param message the English sentence
     */
    public LessonFileException(FileProblem problem, Path file, String detail, Remedy remedy, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.remedy = Objects.requireNonNull(remedy, "remedy");
    }

    /** A problem with no detail whose kind says what to do. */
    public LessonFileException(FileProblem problem, Path file, String message, Throwable cause) {
        this(problem, file, "", Remedy.NONE, message, cause);
    }

    /** What went wrong. */
    public FileProblem problem() {
        return problem;
    }

    /** The file or folder concerned. */
    public Path file() {
        return file;
    }

    /** What the problem names (the other lesson's title, the folder), or empty. */
    public String detail() {
        return detail;
    }

    /** What to do when the problem does not say it, else {@link Remedy#NONE}. */
    public Remedy remedy() {
        return remedy;
    }
}
