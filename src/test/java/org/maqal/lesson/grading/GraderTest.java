package org.maqal.lesson.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Item;
import org.maqal.model.Lesson;

class GraderTest {
    private final Lesson lesson = SampleLessons.forStudents();
    private final Grader grader = new Grader();

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void copyHandIns() {
        folder = HandInFixtures.copyTo(dir);
    }

    @Test
    void everyReadableHandInIsGradedToItsExpectedScore() throws Exception {
        GradeReport report = grader.grade(lesson, folder);

        assertThat(report.students()).extracting(r -> r.student().className() + " " + r.student().name())
                .containsExactly("10A Layla Haddad", "10A Omar Khalil", "10B Sara Ali", "10B Youssef Nasser");
        Map<String, Double> totals = Map.of("Layla Haddad", 19.0, "Omar Khalil", 5.0 / 3, "Sara Ali", 5.0, "Youssef Nasser", 4.0);
        for (StudentResult r : report.students()) {
            assertThat(r.total()).as(r.student().name()).isCloseTo(totals.get(r.student().name()), within(1e-9));
            assertThat(r.max()).isEqualTo(22);
        }
        assertThat(report.classes()).containsExactly("10A", "10B");
        assertThat(report.items()).extracting(Item::id).containsExactly("g1", "g2", "m1", "c1", "c2", "c3", "c4", "c5", "c6", "c8", "t1", "t2");
    }

    @Test
    void arabicVariantsAreAcceptedAndWrongAnswersRefused() throws Exception {
        GradeReport report = grader.grade(lesson, folder);
        StudentResult layla = student(report, "Layla Haddad");
        StudentResult omar = student(report, "Omar Khalil");
        StudentResult youssef = student(report, "Youssef Nasser");

        assertThat(status(layla, "g1")).as("بِحِمايَة for بحماية").isEqualTo(ItemResult.Status.RIGHT);
        assertThat(status(layla, "g2")).as("مشوره for المشورة, ال optional").isEqualTo(ItemResult.Status.RIGHT);
        assertThat(status(layla, "c4")).as("بيير  اولسن for بيير أولسن").isEqualTo(ItemResult.Status.RIGHT);
        assertThat(status(layla, "c6")).as("an accepted answer").isEqualTo(ItemResult.Status.RIGHT);
        assertThat(layla.item("t1").orElseThrow().right()).as("Arabic-Indic digits, tatweel").isEqualTo(2);
        assertThat(status(youssef, "c6")).as("فبراير - شباط for فبراير/ شباط").isEqualTo(ItemResult.Status.RIGHT);

        assertThat(status(omar, "g1")).isEqualTo(ItemResult.Status.WRONG);
        assertThat(status(omar, "c4")).as("أولسون").isEqualTo(ItemResult.Status.WRONG);
        assertThat(status(omar, "m1")).isEqualTo(ItemResult.Status.WRONG);
        assertThat(status(omar, "c3")).isEqualTo(ItemResult.Status.PARTLY_RIGHT);
        assertThat(omar.item("c3").orElseThrow().score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(status(omar, "c5")).isEqualTo(ItemResult.Status.UNANSWERED);
        assertThat(status(youssef, "g1")).as("حماية for بحماية").isEqualTo(ItemResult.Status.WRONG);
        assertThat(status(youssef, "t2")).as("ال added where not optional").isEqualTo(ItemResult.Status.WRONG);
    }

    @Test
    void openAnswersWaitForTheTeacherAndKeepTheirMarks() throws Exception {
        GradeReport report = grader.grade(lesson, folder);
        StudentResult layla = student(report, "Layla Haddad");
        ItemResult open = layla.item("c5").orElseThrow();
        assertThat(open.status()).isEqualTo(ItemResult.Status.MARKED);
        assertThat(open.score()).isEqualTo(3.0);
        assertThat(open.comment()).isEqualTo("إجابة جيدة، ينقصها ذكر الهجمات الصاروخية.");
        assertThat(layla.item("t1").orElseThrow().status()).isEqualTo(ItemResult.Status.TO_MARK);
        assertThat(layla.toMark()).isEqualTo(1);
        assertThat(layla.item("v1")).as("vocabulary without points is not graded").isEmpty();

        StudentResult omar = student(report, "Omar Khalil");
        Marks marks = Marks.load(folder, lesson.id()).with(lesson, omar.student(), "t1", 2.5, "السبب غير مذكور", Instant.parse("2025-03-06T09:00:00Z"));
        marks.save(folder);
        StudentResult marked = student(grader.grade(lesson, folder), "Omar Khalil");
        assertThat(marked.item("t1").orElseThrow().status()).isEqualTo(ItemResult.Status.MARKED);
        assertThat(marked.total()).isCloseTo(2.0 / 3 + 2.5, within(1e-9));
        assertThat(student(grader.grade(lesson, folder), "Layla Haddad").item("c5").orElseThrow().score()).as("earlier marks kept").isEqualTo(3.0);
        assertThatThrownBy(() -> marks.with(lesson, omar.student(), "t1", 5, "", Instant.now()))
                .hasMessageContaining("is worth 4 points");
    }

    @Test
    void handInsThatCannotBeGradedAreListedWithTheirReason() throws Exception {
        GradeReport report = grader.grade(lesson, folder);

        assertThat(report.unreadable()).extracting(u -> u.file().getFileName().toString())
                .containsExactly("10A_Karim-Aziz.json", "10B_Huda-Saleh.json", "notes.json");
        assertThat(report.unreadable().get(0).reason()).startsWith("The student's work 10A_Karim-Aziz.json is cut off or is not valid JSON");
        assertThat(report.unreadable().get(1).reason())
                .isEqualTo("It is a hand-in for the lesson \"درس آخر عن الناتو\" (nato-iraq-2), not \"بعثة الناتو في العراق\" (nato-iraq-1).");
        assertThat(report.unreadable().get(2).reason()).isEqualTo("The file notes.json is not a Maqal student's work; check that you chose the right file.");
        assertThat(report.unreadable()).as("what went wrong, as data for the window's language")
                .extracting(Unreadable::problem, Unreadable::detail)
                .containsExactly(tuple(FileProblem.DAMAGED, ""), tuple(FileProblem.OTHER_LESSON, "درس آخر عن الناتو"),
                        tuple(FileProblem.WRONG_KIND, ""));
        assertThat(report.superseded()).extracting(p -> p.getFileName().toString()).containsExactly("10B_Sara-Ali.json");
    }

    @Test
    void itemsAreOrderedHardestFirstPerClass() throws Exception {
        GradeReport report = grader.grade(lesson, folder);

        assertThat(report.hardestFirst(report.inClass("10A"))).extracting(Item::id)
                .containsExactly("c5", "t1", "g1", "g2", "m1", "c1", "c2", "c4", "c6", "c8", "t2", "c3");
        assertThat(GradeReport.percent("c5", report.inClass("10A"))).isCloseTo(37.5, within(1e-9));
        assertThat(GradeReport.percent("c3", report.inClass("10A"))).isCloseTo(100 * (2 + 2.0 / 3) / 4, within(1e-9));
        assertThat(report.hardestFirst(report.inClass("10B"))).extracting(Item::id)
                .containsExactly("g1", "m1", "c3", "c5", "c8", "t1", "t2", "c4", "g2", "c1", "c2", "c6");
    }

    @Test
    void aMissingFolderIsRefusedInOneSentence() {
        assertThatThrownBy(() -> grader.grade(lesson, dir.resolve("nowhere")))
                .hasMessage("There is no folder " + dir.resolve("nowhere") + "; choose the folder the students handed in to.");
    }

    private static StudentResult student(GradeReport report, String name) {
        return report.students().stream().filter(r -> r.student().name().equals(name)).findFirst().orElseThrow();
    }

    private static ItemResult.Status status(StudentResult r, String itemId) {
        return r.item(itemId).orElseThrow().status();
    }
}
