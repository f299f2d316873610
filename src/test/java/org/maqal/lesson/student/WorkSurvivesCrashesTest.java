package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;

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
            Process child = new ProcessBuilder(javaCommand(copyFile, work)).redirectErrorStream(true).start();
            AtomicLong acknowledged = new AtomicLong(-1);
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> readSaves(child, acknowledged, firstSave));
            reader.start();
            assertThat(firstSave.await(60, TimeUnit.SECONDS)).as("the child saved (kill %d)", kill).isTrue();
            Thread.sleep(random.nextInt(40));
            long beforeKill = acknowledged.get();
            child.destroyForcibly().waitFor();
            reader.join();

            StudentWork saved = new WorkFiles().load(work);
            long counter = CrashingStudent.counter(saved);
            assertComplete(saved);
            assertThat(counter).as("kill %d: not older than the last reported save", kill).isGreaterThanOrEqualTo(Math.max(beforeKill, previous));
            Path backup = WorkFiles.backupOf(work);
            if (Files.exists(backup)) assertComplete(new WorkFiles().load(backup));
            if (counter > acknowledged.get()) killedBeforeReport++;
            if (hasLeftovers(work)) killedMidWrite++;
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
     * claim sheet, so they hold its counter or the one before.
     */
    private static void assertComplete(StudentWork work) {
        long counter = CrashingStudent.counter(work);
        assertThat(work.answer("t2")).contains(CrashingStudent.cells(counter));
        work.answer("c5").ifPresent(draft -> assertThat(List.<Answer>of(CrashingStudent.draft(counter), CrashingStudent.draft(counter - 1)))
                .contains(draft));
        work.answer("t1").ifPresent(cells -> assertThat(List.<Answer>of(CrashingStudent.cells(counter), CrashingStudent.cells(counter - 1)))
                .contains(cells));
    }

    private static boolean hasLeftovers(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work.getParent())) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    private static String backup(Path work) {
        return WorkFiles.backupOf(work).getFileName().toString();
    }

    private static void readSaves(Process child, AtomicLong acknowledged, CountDownLatch firstSave) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("saved ")) {
                    acknowledged.set(Long.parseLong(line.substring(6)));
                    firstSave.countDown();
                } else {
                    System.out.println("child: " + line);
                }
            }
        } catch (IOException e) {
            // The child was killed while we read: what it said before is all there is.
        }
    }

    private static List<String> javaCommand(Path copyFile, Path work) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CrashingStudent.class.getName(), copyFile.toString(), work.toString());
    }
}
