package org.maqal.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maqal.corpus.FileNames;
import org.maqal.export.docx.WordExport;
import org.maqal.export.gift.Gift;
import org.maqal.export.lms.LmsQuestions;
import org.maqal.export.moodle.MoodleXml;
import org.maqal.model.Lesson;

/**
 * Exports a lesson into a folder, in one of the {@link ExportFormat formats}:
 * <ul>
 *   <li>{@code docx}: {@code TITLE.worksheet.docx} and {@code TITLE.answer-key.docx}, and with
 *       {@link ExportOptions#handout()} {@code TITLE.handout.docx};</li>
 *   <li>{@code moodle-xml}: {@code TITLE.moodle.xml};</li>
 *   <li>{@code gift}: {@code TITLE.gift.txt}.</li>
 * </ul>
 * {@code TITLE} is the lesson's title made safe as a file name ({@link FileNames}). Every file is
 * made in memory first and then written atomically, so a failure leaves no half-written file at a
 * final path. Thread-safe.
 */
public final class LessonExporter {
    private final ExportOptions options;

    public LessonExporter(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the lesson's files of one format into a folder (created if missing), replacing files
     * of the same names.
     *
     * @param texts the corpus texts the answer key, the handout and the feedback quote from
     * @return the paths written, in the order above
     * @throws ExportException when the folder or a file cannot be written, or the handout lacks an article
     */
    public List<Path> export(Lesson lesson, SourceSentences texts, ExportFormat format, Path folder) throws ExportException {
        Objects.requireNonNull(lesson, "lesson");
        Map<String, byte[]> files = files(lesson, texts, format);
        Path target = ExportFiles.folder(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = target.resolve(file.getKey());
            ExportFiles.write(path, file.getValue());
            written.add(path);
        }
        return written;
    }

    /** The files of one format, by file name, in the order they are written. */
    public Map<String, byte[]> files(Lesson lesson, SourceSentences texts, ExportFormat format) throws ExportException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String title = lesson.title().isBlank() ? lesson.id() : lesson.title();
        switch (format) {
            case DOCX -> {
                WordExport word = new WordExport(options);
                files.put(FileNames.titleStem(title) + ".worksheet.docx", word.worksheet(lesson));
                files.put(FileNames.titleStem(title) + ".answer-key.docx", word.answerKey(lesson, texts));
                if (options.handout()) files.put(FileNames.titleStem(title) + ".handout.docx", word.handout(lesson, texts));
            }
            case MOODLE_XML -> files.put(FileNames.titleStem(title) + ".moodle.xml",
                    MoodleXml.write(LmsQuestions.of(lesson, citations(lesson, texts)), Labels.of(lesson.language()).rightToLeft()));
            case GIFT -> files.put(FileNames.titleStem(title) + ".gift.txt",
                    Gift.write(title, LmsQuestions.of(lesson, citations(lesson, texts))));
        }
        return files;
    }

    private static Citations citations(Lesson lesson, SourceSentences texts) {
        return new Citations(lesson, texts, Labels.of(lesson.language()));
    }
}
