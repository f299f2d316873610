package org.maqal.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maqal.app.ExportFormat;
import org.maqal.app.LessonExporter;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;

/** Writes one small text file per format, named after the lesson, so the export dialog can be tested without the export layer. */
final class FakeExporter implements LessonExporter {
    @Override
    public List<Path> export(Lesson lesson, Set<ExportFormat> formats, Paper paper, Path folder, Progress progress)
            throws ExportException {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            int done = 0;
            for (ExportFormat f : formats) {
                Path file = folder.resolve(lesson.id() + "-" + f.name().toLowerCase(Locale.ROOT) + ".txt");
                Files.writeString(file, lesson.title() + " " + paper + "\n");
                written.add(file);
                progress.update(++done, formats.size());
            }
        } catch (IOException e) {
            throw new ExportException("Cannot write into " + folder + ".", e);
        }
        return written;
    }
}
