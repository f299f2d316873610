package org.maqal.app;

import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.grading.Unreadable;

/**
 * Why a file was refused, as a {@link Message} of the interface bundle ({@code file.problem.KIND},
 * with the problem's detail as {0}), so the teacher or student reads it in the window's language.
 * A problem the core only describes in English ({@link FileProblem#OTHER}) is shown as that sentence.
 */
public final class FileProblems {
    /** The bundle keys start with this, followed by the {@link FileProblem} name. */
    public static final String PREFIX = "file.problem.";

    private FileProblems() {
    }

    /** Why the file of this exception was refused; for another exception, its message as it is. */
    public static Message of(Exception e) {
        return e instanceof LessonFileException l ? of(l.problem(), l.detail(), l.getMessage())
                : Message.literal(String.valueOf(e.getMessage()));
    }

    /** Why this hand-in was not graded. */
    public static Message of(Unreadable u) {
        return of(u.problem(), u.detail(), u.reason());
    }

    private static Message of(FileProblem problem, String detail, String english) {
        return problem == FileProblem.OTHER ? Message.literal(english) : Message.of(PREFIX + problem.name(), detail);
    }
}
