package org.maqal.export.docx;

import java.util.Objects;
import org.maqal.export.Citations;
import org.maqal.export.ExportException;
import org.maqal.export.ExportOptions;
import org.maqal.export.Labels;
import org.maqal.export.SourceSentences;
import org.maqal.model.Lesson;

/**
 * A lesson as Word documents (.docx bytes): the student worksheet, the answer key and the reading
 * handout, on the paper and in the font of the options, right to left for an Arabic lesson.
 * Thread-safe: each call writes a document of its own.
 */
public final class WordExport {
    private final ExportOptions options;

    public WordExport(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The student worksheet: no answers, no teacher notes. */
    public byte[] worksheet(Lesson lesson) {
        return new WorksheetWriter().write(lesson, options);
    }

    /** The answer key, quoting source sentences from {@code texts} where it can. */
    public byte[] answerKey(Lesson lesson, SourceSentences texts) {
        return new AnswerKeyWriter().write(lesson, new Citations(lesson, texts, Labels.of(lesson.language())), options);
    }

    /**
     * The articles with numbered sentences.
     *
     * @throws ExportException when an article is missing from {@code texts} or changed since the lesson was made
     */
    public byte[] handout(Lesson lesson, SourceSentences texts) throws ExportException {
        return new HandoutWriter().write(lesson, texts, options);
    }
}
