package org.maqal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.exercise.ArticleRefs;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code student-copy LESSON.json [--feedback instant|after|none] [--out DIR] [--corpus DIR]}: writes
 * the copy students answer in the app, {@code DIR/LESSON-ID.student.json}, with the articles' text from
 * the corpus and no answers. Notes on standard error an article that changed since the lesson was made.
 */
@Command(name = "student-copy", mixinStandardHelpOptions = true,
        description = "Writes a student copy of a lesson: the articles and questions, without the answers.")
final class StudentCopyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LESSON.json", description = "The lesson file.")
    Path lessonFile;

    @Option(names = "--feedback", paramLabel = "MODE", defaultValue = "after",
            description = "instant (answers checked as the student goes, stored only as hashes), after (the teacher gives"
                    + " feedback after the hand-in) or none; the last two hold no answer data (default: ${DEFAULT-VALUE}).")
    String feedback;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exports", description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    CorpusOption corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CorpusException {
        FeedbackMode mode;
        try {
            mode = FeedbackMode.of(feedback);
        } catch (IllegalArgumentException e) {
            throw new UserError("The feedback mode \"" + feedback + "\" is not one of instant, after, none; choose one of those.");
        }
        Lesson lesson;
        try {
            lesson = new LessonFiles().load(lessonFile);
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        Corpus articles = corpus.read();
        PrintWriter err = spec.commandLine().getErr();
        for (ArticleRef changed : lesson.changedArticles(ArticleRefs.currentHashes(articles.articles()))) {
            if (articles.find(changed.id()).isPresent()) {
                err.println("Note: the article " + changed.id() + " changed since the lesson was made; the copy shows it as it is now.");
            }
        }
        Path file;
        try {
            file = StudentCopies.write(lesson, articles.articles(), mode, out);
        } catch (IllegalArgumentException e) {
            throw new UserError("Cannot make a student copy because " + e.getMessage() + "; import the article or choose its corpus with --corpus.");
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        spec.commandLine().getOut().println("Student copy written to " + file + " (feedback: " + mode.code() + ")");
        return 0;
    }
}
