package org.maqal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.maqal.export.ExportFiles;
import org.maqal.export.ExportOptions;
import org.maqal.export.SourceSentences;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.model.Article;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;

/**
 * The window's {@link LessonExporter} over the export layer: Word worksheet, answer key and handout,
 * Moodle XML, GIFT, and a student copy (with no answer data: feedback after hand-in). Quotes source
 * sentences from the corpus articles it is given. Thread-safe if the supplier is.
 */
public final class DocumentExporter implements LessonExporter {
    private static final Map<ExportFormat, String> WORD_SUFFIXES = Map.of(
            ExportFormat.WORKSHEET, ".worksheet.docx",
            ExportFormat.ANSWER_KEY, ".answer-key.docx",
            ExportFormat.HANDOUT, ".handout.docx");

    private final Supplier<List<Article>> articles;

    /** @param articles the corpus articles as they are now (the lesson's must be among them for quotes) */
    public DocumentExporter(Supplier<List<Article>> articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    @Override
    public List<Path> export(Lesson lesson, Set<ExportFormat> formats, Paper paper, Path folder, Progress progress)
            throws ExportException, InterruptedException {
        List<Article> corpus = articles.get();
        SourceSentences texts = SourceSentences.of(lesson, corpus);
        ExportOptions options = ExportOptions.defaults()
                .withPaper(paper == Paper.LETTER ? org.maqal.export.Paper.LETTER : org.maqal.export.Paper.A4)
                .withHandout(formats.contains(ExportFormat.HANDOUT));
        org.maqal.export.LessonExporter exporter = new org.maqal.export.LessonExporter(options);
        List<ExportFormat> steps = EnumSet.copyOf(formats).stream().toList();
        List<Path> written = new ArrayList<>();
        try {
            Path target = ExportFiles.folder(folder);
            Map<String, byte[]> word = null;
            for (ExportFormat format : steps) {
                if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
                switch (format) {
                    case WORKSHEET, ANSWER_KEY, HANDOUT -> {
                        if (word == null) word = exporter.files(lesson, texts, org.maqal.export.ExportFormat.DOCX);
                        written.addAll(write(target, word, WORD_SUFFIXES.get(format)));
                    }
                    case MOODLE_XML -> written.addAll(write(target,
                            exporter.files(lesson, texts, org.maqal.export.ExportFormat.MOODLE_XML), ""));
                    case GIFT -> written.addAll(write(target,
                            exporter.files(lesson, texts, org.maqal.export.ExportFormat.GIFT), ""));
                    case STUDENT_COPY -> {
                        requireArticles(lesson, texts, "student copy");
                        written.add(StudentCopies.write(lesson, corpus, FeedbackMode.AFTER_HAND_IN, target));
                    }
                }
                progress.update(written.size(), steps.size());
            }
        } catch (org.maqal.export.ExportException | LessonFileException e) {
            throw new ExportException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ExportException("An article of this lesson is no longer in the corpus, so the lesson cannot be exported with its texts: "
                    + e.getMessage() + ".", e);
        }
        return written;
    }

    /** Refuses, naming the article's file, when an article of the lesson is no longer in the corpus. */
    private static void requireArticles(Lesson lesson, SourceSentences texts, String what) throws org.maqal.export.ExportException {
        for (ArticleRef ref : lesson.articles()) {
            if (texts.status(ref.id()) == SourceSentences.Status.MISSING) {
                throw org.maqal.export.ExportException.of(FileProblem.ARTICLE_MISSING, Path.of(ref.id() + ".txt"), "The " + what
                        + " needs the text of article " + ref.id() + ", which is not in the corpus; add it back or export without the "
                        + what + ".", null);
            }
        }
    }

    private static List<Path> write(Path folder, Map<String, byte[]> files, String suffix)
            throws org.maqal.export.ExportException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(suffix)) continue;
            Path path = folder.resolve(file.getKey());
            ExportFiles.write(path, file.getValue());
            written.add(path);
        }
        return written;
    }
}
