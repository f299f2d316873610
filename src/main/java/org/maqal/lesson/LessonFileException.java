package org.maqal.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.maqal.corpus.WriteFailure;

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

    /**
     * A refusal to save a file the file system would not write, with the kind a person can act on
     * (a full disk, a file open in another program, a read-only folder) and one English sentence.
     *
     * @param what how the file is named to a person ("lesson", "marks", "answers", "gradebook")
     */
    public static LessonFileException cannotSave(String what, Path file, IOException e) {
        String start = "Cannot save the " + what + " to " + file;
        return switch (WriteFailure.of(e)) {
            case NO_SPACE -> new LessonFileException(FileProblem.NO_SPACE, file,
                    start + " because the disk is full; free some space or choose another folder.", e);
            case IN_USE -> new LessonFileException(FileProblem.IN_USE, file,
                    start + " because another program has it open; close it there and try again.", e);
            case READ_ONLY -> new LessonFileException(FileProblem.READ_ONLY, file, start
                    + " because the file or its folder is read-only or you may not write there; close it if another program"
                    + " has it open, or choose another folder.", e);
            case OTHER -> new LessonFileException(FileProblem.CANNOT_WRITE, file, start + " (" + WriteFailure.detail(e)
                    + "); check that you may write to that folder and that the disk has room.", e);
        };
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
