package org.maqal.app;

import java.nio.file.Path;
import java.util.function.Function;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.ImportProblem;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;
import org.maqal.lesson.grading.Unreadable;
import org.maqal.model.Language;

/**
 * Why a file was refused, as a {@link Message} of the interface bundle, so the teacher or student
 * reads it in the window's language: one sentence naming the file and the problem
 * ({@code file.problem.KIND}), followed, when the problem alone does not say what to do, by one
 * sentence of remedy ({@code file.remedy.REMEDY}). Both take the file's name as {0}, the problem's
 * detail (a folder, another lesson's title) as {1} and the file's folder as {2}. The English sentence
 * of the exception is for the command line; the window does not show it.
 */
public final class FileProblems {
    /** The bundle keys of problems start with this, followed by the {@link FileProblem} name. */
    public static final String PREFIX = "file.problem.";
    /** The bundle keys of remedies start with this, followed by the {@link Remedy} name. */
    public static final String REMEDY_PREFIX = "file.remedy.";
    private static final String BOTH = "file.problemAndRemedy";

    private FileProblems() {
    }

    /** The bundle keys of refused article files start with this, followed by the {@link ImportProblem} name. */
    public static final String IMPORT_PREFIX = "import.problem.";

    /**
     * Why the file of this exception (or of the first exception it wraps that names a file's problem, as
     * an export wraps a document it could not write) was refused; for another exception, its message as it is.
     */
    public static Message of(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LessonFileException l) return of(l.problem(), l.file(), l.detail(), l.remedy());
            if (t instanceof CorpusException c && c.problem() != ImportProblem.OTHER) return of(c);
        }
        return Message.literal(String.valueOf(e.getMessage()));
    }

    /**
     * Why an article file was not imported ({@code import.problem.KIND} with the file's name as {0} and
     * the detail as {1}); a refusal of no kind as its English sentence.
     */
    public static Message of(CorpusException e) {
        if (e.problem() == ImportProblem.OTHER) return Message.literal(String.valueOf(e.getMessage()));
        return Message.of(IMPORT_PREFIX + e.problem().name(), e.fileName(), e.detail());
    }

    /** Why this hand-in was not graded. */
    public static Message of(Unreadable u) {
        return of(u.problem(), u.file(), u.detail(), u.remedy());
    }

    /**
     * Why hand-ins were not graded, in the language of a lesson, as its gradebook says it (the window
     * and {@code grade --out} write the same).
     */
    public static Function<Unreadable, String> reasonsIn(Language language) {
        Texts texts = Texts.of(language.code());
        return u -> of(u).in(texts);
    }

    private static Message of(FileProblem problem, Path file, String detail, Remedy remedy) {
        String name = String.valueOf(file.getFileName());
        Path parent = file.toAbsolutePath().getParent();
        String folder = parent == null ? "" : parent.toString();
        Message said = Message.of(PREFIX + problem.name(), name, detail, folder);
        return remedy == Remedy.NONE ? said : Message.of(BOTH, said, Message.of(REMEDY_PREFIX + remedy.name(), name, detail, folder));
    }
}
