package org.maqal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.maqal.export.ExportException;
import org.maqal.export.ExportFormat;
import org.maqal.export.ExportOptions;
import org.maqal.export.LessonExporter;
import org.maqal.export.SourceSentences;
import org.maqal.model.Lesson;

/** Exports a lesson for a command and prints the path of each file written, one a line. */
final class ExportRun {
    private ExportRun() {
    }

    /** @return the exit code, 0; an export that fails becomes a {@link UserError} with its sentence */
    static int exportAndPrint(ExportOptions options, Lesson lesson, SourceSentences texts, ExportFormat format, Path out,
                              PrintWriter printed) {
        try {
            List<Path> written = new LessonExporter(options).export(lesson, texts, format, out);
            written.forEach(printed::println);
            printed.flush();
            return 0;
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
