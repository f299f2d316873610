package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;
import org.maqal.testing.KillableChild;

/**
 * Kills a child process that saves a student's answers without pause ({@link CrashingStudent}), many
 * times at random moments, and checks after each kill that the work file, and its backup, load as
 * complete versions of one moment (see {@link #assertComplete}), never older than the last save the
 * child reported as done. The next child goes on from the file.
 */
class WorkSurvivesCrashesTest {
    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void theWorkFileIsAlwaysAnOldOrANewCompleteVersion() throws Exception {
        Path copyFile = dir.resolve("lesson.student.json");
        new StudentCopyFiles().save(new StudentCopies().make(SampleLessons.forStudents(), StudentCopyTest.ARTICLES,
                FeedbackMode.INSTANT), copyFile);
        Path work = dir.resolve("work/ليلى.work.json");
        Random random = new Random(7);
        long previous = 0;
        int killedMidWrite = 0;
        int killedBeforeReport = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            KillableChild child = KillableChild.start(CrashingStudent.class, copyFile.toString(), work.toString());
            assertThat(child.awaitFirstSave()).as("the child saved (kill %d)", kill).isTrue();
            Thread.sleep(random.nextInt(40));
            long beforeKill = child.lastSaved();
            child.kill();

            StudentWork saved = new WorkFiles().load(work);
            long counter = CrashingStudent.counter(saved);
            assertComplete(saved);
            assertThat(counter).as("kill %d: not older than the last reported save", kill).isGreaterThanOrEqualTo(Math.max(beforeKill, previous));
            Path backup = WorkFiles.backupOf(work);
            if (Files.exists(backup)) assertComplete(new WorkFiles().load(backup));
            if (counter > child.lastSaved()) killedBeforeReport++;
            if (!KillableChild.leftovers(work.getParent()).isEmpty()) killedMidWrite++;
            previous = counter;
        }
        assertThat(previous).as("the children made progress").isGreaterThan(KILLS);
        new WorkFiles().restore(work);
        try (Stream<Path> files = Files.list(work.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("leftovers removed on opening")
                    .containsExactlyInAnyOrder(work.getFileName().toString(), backup(work));
        }
        System.out.printf("crash test: %d kills, %d in the middle of a write (a temporary file left), %d between a write"
                + " and its report, last counter %d%n", KILLS, killedMidWrite, killedBeforeReport, previous);
    }

    /**
     * Each answer is whole (the same counter in every cell, the draft repeated in full) and the
     * answers are one moment of the child's loop: the draft and the other sheet changed after the
     * claim sheet, so they hold its counter or the one before. The work as first saved, before any
     * answer (what the backup holds after the first autosave), has none.
     */
    private static void assertComplete(StudentWork work) {
        long counter = CrashingStudent.counter(work);
        if (counter == 0) {
            assertThat(List.of("t1", "t2", "c5")).allSatisfy(id -> assertThat(work.answer(id)).isEmpty());
            return;
        }
        assertThat(work.answer("t2")).contains(CrashingStudent.cells(counter));
        work.answer("c5").ifPresent(draft -> assertThat(List.<Answer>of(CrashingStudent.draft(counter), CrashingStudent.draft(counter - 1)))
                .contains(draft));
        work.answer("t1").ifPresent(cells -> assertThat(List.<Answer>of(CrashingStudent.cells(counter), CrashingStudent.cells(counter - 1)))
                .contains(cells));
    }

    private static String backup(Path work) {
        return WorkFiles.backupOf(work).getFileName().toString();
    }
}
