package org.maqal.lesson;

import java.nio.file.Path;
import org.maqal.model.Lesson;

/**
 * A teacher's editor that saves without pause, run as a child process by
 * {@link SavesSurviveCrashesTest} and killed: save {@code n} writes {@link #lesson(long) lesson(n)}
 * with {@link LessonFiles} (or {@link #glossary(long) glossary(n)} with {@link Glossary#save}),
 * alternating between two different versions, and prints {@code saved n} once it is on disk.
 *
 * <p>Arguments: {@code lesson} or {@code glossary}, the file.
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        boolean lesson = args[0].equals("lesson");
        Path file = Path.of(args[1]);
        LessonFiles files = new LessonFiles();
        for (long n = 0; ; n++) {
            if (lesson) files.save(lesson(n), file);
            else glossary(n).save(file);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }

    /** The lesson of save {@code n}: the sample lesson, then the same lesson with three more items, in turn. */
    static Lesson lesson(long n) {
        return n % 2 == 0 ? SampleLessons.everyType() : SampleLessons.forStudents();
    }

    /** The glossary of save {@code n}: 300 glosses, then 200 other ones, in turn. */
    static Glossary glossary(long n) {
        Glossary glossary = Glossary.empty();
        boolean even = n % 2 == 0;
        for (int i = 0; i < (even ? 300 : 200); i++) {
            glossary.put("مصطلح " + i, even ? "term number " + i + " of the long list" : "word " + i + ", revised");
        }
        return glossary;
    }
}
