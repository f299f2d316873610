package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Lesson;

class StudentSessionTest {
    private static final StudentWork.Student LAYLA = new StudentWork.Student("ليلى حداد", "10A");
    private static StudentCopy copy;

    @TempDir
    Path dir;

    /** What the saver reports, in order. */
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final Autosaver.Listener listener = new Autosaver.Listener() {
        @Override public void saved(StudentWork work) { events.add(work); }
        @Override public void failed(LessonFileException error) { events.add(error); }
    };

    @BeforeAll
    static void makeCopy() {
        copy = new StudentCopies().make(SampleLessons.forStudents(), StudentCopyTest.ARTICLES, FeedbackMode.INSTANT);
    }

    @Test
    void everyAnswerAndFlagComesBackWhenTheLessonIsOpenedAgain() throws Exception {
        Path file = dir.resolve("work/nato.work.json");
        Lesson lesson = SampleLessons.forStudents();
        try (StudentSession session = StudentSession.start(copy, LAYLA, file, listener)) {
            lesson.items().forEach(i -> session.answer(i.id(), RightAnswers.of(i)));
            session.answer("g2", new Answer.Text("مشوره"));
            session.flag("c5", true);
            session.flag("t1", true);
            session.flag("t1", false);
        }
        try (StudentSession again = StudentSession.resume(copy, file, listener)) {
            assertThat(again.work().student()).isEqualTo(LAYLA);
            assertThat(again.answer("g2")).contains(new Answer.Text("مشوره"));
            assertThat(again.answer("m1")).contains(RightAnswers.of(lesson.item("m1").orElseThrow()));
            assertThat(again.answer("t1")).contains(RightAnswers.of(lesson.item("t1").orElseThrow()));
            assertThat(again.answer("c2")).contains(new Answer.Judgement(true));
            assertThat(again.flagged()).containsExactly("c5");
            assertThat(again.tally()).isEqualTo(new StudentSession.Tally(12, 12, 1));
            assertThat(again.feedback("g2").status()).isEqualTo(Feedback.Status.RIGHT);
        }
    }

    @Test
    void aChangeIsSavedWithoutClosingOrFlushing() throws Exception {
        Path file = dir.resolve("nato.work.json");
        try (StudentSession session = StudentSession.start(copy, LAYLA, file, Clock.systemUTC(), Duration.ofMillis(50), listener)) {
            session.answer("c1", new Answer.Choice("4 آلاف عنصر"));
            Object event = events.poll(30, TimeUnit.SECONDS);
            assertThat(event).isInstanceOf(StudentWork.class);
            assertThat(new WorkFiles().load(file).answer("c1")).contains(new Answer.Choice("4 آلاف عنصر"));
            assertThat(session.isSaved()).isTrue();
        }
    }

    @Test
    void manyQuickChangesEndWithTheLastOnDisk() throws Exception {
        Path file = dir.resolve("nato.work.json");
        try (StudentSession session = StudentSession.start(copy, LAYLA, file, listener)) {
            for (int i = 0; i <= 200; i++) session.answer("c5", new Answer.Text("مسودة رقم " + i));
        }
        assertThat(new WorkFiles().load(file).answer("c5")).contains(new Answer.Text("مسودة رقم 200"));
    }

    @Test
    void aFailedSaveIsReportedAndTriedAgain() throws Exception {
        Path file = dir.resolve("nato.work.json");
        try (StudentSession session = StudentSession.start(copy, LAYLA, file, Clock.systemUTC(), Duration.ofMillis(10), listener)) {
            Files.delete(file);
            Files.createDirectories(file.resolve("in-the-way"));
            session.answer("c2", new Answer.Judgement(true));
            assertThat(events.poll(30, TimeUnit.SECONDS)).isInstanceOf(LessonFileException.class);
            assertThat(session.isSaved()).isFalse();
            Files.delete(file.resolve("in-the-way"));
            Files.delete(file);
            Object retried;
            do {
                retried = events.poll(30, TimeUnit.SECONDS);
            } while (retried instanceof LessonFileException);
            assertThat(retried).isInstanceOf(StudentWork.class);
        }
        assertThat(new WorkFiles().load(file).answer("c2")).contains(new Answer.Judgement(true));
    }

    @Test
    void aDamagedWorkFileIsRestoredFromItsBackup() throws Exception {
        Path file = dir.resolve("nato.work.json");
        try (StudentSession session = StudentSession.start(copy, LAYLA, file, listener)) {
            session.answer("c1", new Answer.Choice("500 عنصر"));
            session.flush();
            session.answer("c2", new Answer.Judgement(false));
        }
        Files.writeString(file, "{\"format\": \"maqal-student-work\", \"schemaVe");
        try (StudentSession again = StudentSession.resume(copy, file, listener)) {
            assertThat(again.answer("c1")).contains(new Answer.Choice("500 عنصر"));
            assertThat(again.answer("c2")).isEmpty();
        }
    }

    @Test
    void answersOfTheWrongKindAndUnknownItemsAreRefused() throws Exception {
        try (StudentSession session = StudentSession.start(copy, LAYLA, dir.resolve("w.work.json"), listener)) {
            assertThatThrownBy(() -> session.answer("m1", new Answer.Text("advice")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes Matches");
            assertThatThrownBy(() -> session.answer("zz", new Answer.Text("x"))).isInstanceOf(IllegalArgumentException.class);
            session.answer("c4", new Answer.Text("أولسن"));
            session.answer("c4", new Answer.Text(""));
            assertThat(session.answer("c4")).as("an empty answer clears it").isEmpty();
            assertThat(session.unanswered()).hasSize(12).startsWith("g1", "g2", "m1", "c1");
            session.close();
            assertThatThrownBy(() -> session.answer("c1", new Answer.Choice("500 عنصر"))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void workForAnotherLessonIsNotResumed() throws Exception {
        StudentCopy other = new StudentCopies().make(SampleLessons.another(), StudentCopyTest.ARTICLES, FeedbackMode.NONE);
        Path file = dir.resolve("other.work.json");
        StudentSession.start(other, LAYLA, file, listener).close();
        assertThatThrownBy(() -> StudentSession.resume(copy, file, listener))
                .hasMessage("The answers in other.work.json are for the lesson \"درس آخر عن الناتو\", not \"بعثة الناتو في العراق\";"
                        + " open that lesson to go on with them.");
    }

    @Test
    void theWorkFolderFindsEarlierWorkOnTheLesson() throws Exception {
        WorkFolder folder = new WorkFolder(dir.resolve("work"));
        Path layla = folder.fileFor(copy, LAYLA);
        assertThat(layla.getFileName().toString()).isEqualTo("nato-iraq-1_10A_ليلى-حداد.work.json");
        StudentSession.start(copy, LAYLA, layla, listener).close();
        StudentWork.Student omar = new StudentWork.Student("Omar Khalil", "10A");
        try (StudentSession session = StudentSession.start(copy, omar, folder.fileFor(copy, omar), listener)) {
            session.answer("c2", new Answer.Judgement(true));
        }
        StudentCopy other = new StudentCopies().make(SampleLessons.another(), StudentCopyTest.ARTICLES, FeedbackMode.NONE);
        StudentSession.start(other, omar, folder.fileFor(other, omar), listener).close();

        assertThat(folder.find(copy)).extracting(s -> s.work().student().name()).containsExactly("Omar Khalil", "ليلى حداد");
    }

    @Test
    void handingInWritesTheWorkAndRemembersIt() throws Exception {
        Path classFolder = Files.createDirectories(dir.resolve("class"));
        try (StudentSession session = StudentSession.start(copy, LAYLA, dir.resolve("w.work.json"), listener)) {
            session.answer("c1", new Answer.Choice("أكثر من 300 شخص"));
            HandIns.HandIn first = session.handIn(classFolder);
            session.answer("c2", new Answer.Judgement(true));
            HandIns.HandIn second = session.handIn(classFolder);

            assertThat(first.file().getFileName().toString()).isEqualTo("10A_ليلى-حداد.json");
            assertThat(second.file().getFileName().toString()).isEqualTo("10A_ليلى-حداد-v2.json");
            assertThat(new WorkFiles().load(first.file()).responses()).containsOnlyKeys("c1");
            assertThat(new WorkFiles().load(second.file()).responses()).containsOnlyKeys("c1", "c2");
            assertThat(session.work().attempt()).isEqualTo(2);
            assertThat(new WorkFiles().load(session.file()).handedIn()).isEqualTo(second.work().handedIn());
        }
        try (var files = Files.list(classFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("10A_ليلى-حداد.json", "10A_ليلى-حداد-v2.json");
        }
    }

    @Test
    void theTallyCountsAnsweredAndFlaggedItems() throws Exception {
        try (StudentSession session = StudentSession.start(copy, LAYLA, dir.resolve("w.work.json"), listener)) {
            session.answer("m1", new Answer.Matches(Map.of("بعثة", "mission")));
            session.answer("c3", new Answer.Order(List.of("a", "b")));
            session.flag("c3", true);
            assertThat(session.tally()).isEqualTo(new StudentSession.Tally(2, 12, 1));
            assertThat(session.isFlagged("c3")).isTrue();
        }
    }
}
