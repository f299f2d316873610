package org.maqal.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;

/** Writes a lesson in the formats a teacher chooses; the export layer implements it. */
public interface LessonExporter {
    /** Paper size for the Word documents. */
    enum Paper { A4, LETTER }

    /** A failed export; the message is one sentence for a teacher (what failed, what to do). */
    final class ExportException extends Exception {
        public ExportException(String message) {
            super(message);
        }

        public ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes the lesson into a folder, one file per format (creating the folder).
     *
     * @param progress told after each file
     * @return the files written
     * @throws ExportException when a file cannot be written
     * @throws InterruptedException when the thread is interrupted (the export was cancelled)
     */
    List<Path> export(Lesson lesson, Set<ExportFormat> formats, Paper paper, Path folder, Progress progress)
            throws ExportException, InterruptedException;

    /** An exporter for a build without the export layer: every export fails, saying so. */
    static LessonExporter unavailable() {
        return (lesson, formats, paper, folder, progress) -> {
            throw new ExportException("This build of Maqal cannot export yet; save the lesson and export it with a complete build.");
        };
    }
}
