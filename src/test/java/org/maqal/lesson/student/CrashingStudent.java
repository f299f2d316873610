package org.maqal.lesson.student;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.maqal.lesson.LessonFileException;

/**
 * A student who never stops typing, run as a child process by {@link WorkSurvivesCrashesTest} and
 * killed: it goes on with the work in a file (or starts it), then changes its answers as fast as it
 * can, each change writing the counter {@code n} into every cell of the claim sheet and into the open
 * answer, and prints {@code saved n} each time the autosaver has put a change on disk.
 *
 * <p>Arguments: the student copy, the work file.
 */
public final class CrashingStudent {
    private CrashingStudent() {
    }

    public static void main(String[] args) throws Exception {
        StudentCopy copy = new StudentCopyFiles().load(Path.of(args[0]));
        Path file = Path.of(args[1]);
        Autosaver.Listener report = new Autosaver.Listener() {
            @Override public void saved(StudentWork work) {
                System.out.println("saved " + counter(work));
                System.out.flush();
            }

            @Override public void failed(LessonFileException error) {
                System.out.println("failed " + error.getMessage());
                System.out.flush();
            }
        };
        StudentSession session = Files.exists(file)
                ? StudentSession.resume(copy, file, Clock.systemUTC(), Duration.ZERO, report)
                : StudentSession.start(copy, new StudentWork.Student("ليلى حداد", "10A"), file, Clock.systemUTC(), Duration.ZERO, report);
        // Step n writes the claim sheet, then the draft, then the other sheet; going on from a file
        // saved in the middle of step n, the child does step n again, so the answers stay one step apart.
        for (long n = Math.max(1, counter(session.work())); ; n++) {
            session.answer("t2", cells(n));
            session.answer("c5", draft(n));
            session.answer("t1", cells(n));
        }
    }

    /** The counter written into the claim sheet's cells; 0 for new work. */
    static long counter(StudentWork work) {
        return work.answer("t2").map(a -> Long.parseLong(((Answer.Cells) a).cells().get(0).text())).orElse(0L);
    }

    /** The open answer at step {@code n}: a long draft with the counter in it. */
    static Answer.Text draft(long n) {
        return new Answer.Text(("مسودة " + n + " ").repeat(50));
    }

    static Answer.Cells cells(long n) {
        List<Answer.Cell> cells = new ArrayList<>();
        for (int row = 0; row < 4; row++) cells.add(new Answer.Cell(row, 3, String.valueOf(n)));
        return new Answer.Cells(cells);
    }
}
