package org.maqal.export;

import java.nio.file.Path;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;

/**
 * An export that could not be done, with one sentence a teacher can act on. When it is a file's
 * problem, the cause is a {@link LessonFileException} that says it as data (kind, file, detail) for an
 * interface in another language.
 */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    private ExportException(LessonFileException problem) {
        super(problem.getMessage(), problem);
    }

    /**
     * A file's problem: its kind and the file, for the window, and its English sentence.
     *
     * @param file the file or folder it concerns
     */
    public static ExportException of(FileProblem problem, Path file, String sentence, Throwable cause) {
        return new ExportException(new LessonFileException(problem, file, sentence, cause));
    }
}
