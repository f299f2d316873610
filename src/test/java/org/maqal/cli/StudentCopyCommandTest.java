package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopy;
import org.maqal.lesson.student.StudentCopyFiles;

class StudentCopyCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesACopyWithTheChosenFeedback() throws Exception {
        Path lesson = dir.resolve("nato-iraq-1.json");
        new LessonFiles().save(SampleLessons.forStudents(), lesson);

        CliRun run = CliRun.of("student-copy", lesson.toString(), "--feedback", "instant", "--out", dir.resolve("class").toString());

        Path file = dir.resolve("class/nato-iraq-1.student.json");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).isEqualTo("Student copy written to " + file + " (feedback: instant)");
        StudentCopy copy = new StudentCopyFiles().load(file);
        assertThat(copy.feedback()).isEqualTo(FeedbackMode.INSTANT);
        assertThat(copy.articles()).extracting(StudentCopy.Article::id).containsExactly(SampleLessons.A.id(), SampleLessons.B.id());
    }

    @Test
    void withoutAFeedbackOptionTheCopyHoldsNoAnswerData() throws Exception {
        Path lesson = dir.resolve("l.json");
        new LessonFiles().save(SampleLessons.forStudents(), lesson);
        assertThat(CliRun.of("student-copy", lesson.toString(), "--out", dir.toString()).code()).isZero();
        assertThat(new StudentCopyFiles().load(dir.resolve("nato-iraq-1.student.json")).feedback()).isEqualTo(FeedbackMode.AFTER_HAND_IN);
    }

    @Test
    void mistakesAreOneSentence() throws Exception {
        Path lesson = dir.resolve("l.json");
        new LessonFiles().save(SampleLessons.forStudents(), lesson);

        CliRun mode = CliRun.of("student-copy", lesson.toString(), "--feedback", "sometimes", "--out", dir.toString());
        assertThat(mode.code()).isEqualTo(1);
        assertThat(mode.err().strip()).isEqualTo("The feedback mode \"sometimes\" is not one of instant, after, none; choose one of those.");

        CliRun corpus = CliRun.of("student-copy", lesson.toString(), "--corpus", dir.resolve("empty").toString(), "--out", dir.toString());
        assertThat(corpus.code()).isEqualTo(1);
        assertThat(corpus.err().lines()).hasSize(1);
    }
}
