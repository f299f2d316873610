package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.export.gradebook.GradebookWriter;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.HandInFixtures;
import org.maqal.lesson.grading.ItemResult;
import org.maqal.lesson.grading.Marks;

/** The grading screen's model on the fixed hand-ins of the sample lesson. */
class GradingModelTest {
    @TempDir
    Path dir;
    private Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void copyHandIns() {
        folder = HandInFixtures.copyTo(dir);
    }

    private GradingModel model() {
        return new GradingModel(SampleLessons.forStudents(), folder, dir, new Grader(), new GradebookWriter(), new LessonFiles(),
                TaskRunner.callingThread(), dialogs, Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static ScoreSheet.Row row(GradingModel model, String name) {
        return model.scores().orElseThrow().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static OpenAnswer answer(GradingModel model, String name, String itemId) {
        return model.openAnswers().stream().filter(a -> a.student().name().equals(name) && a.itemId().equals(itemId))
                .findFirst().orElseThrow();
    }

    @Test
    void gradingShowsScoresPerStudentAndItemTheAnswersToReadAndTheFilesNotGraded() {
        GradingModel model = model();
        assertThat(model.scores()).isEmpty();
        assertThat(model.grade()).isTrue();

        ScoreSheet sheet = model.scores().orElseThrow();
        assertThat(sheet.rows()).extracting(ScoreSheet.Row::name)
                .containsExactly("Layla Haddad", "Omar Khalil", "Sara Ali", "Youssef Nasser");
        assertThat(row(model, "Layla Haddad").total()).isEqualTo(19.0);
        assertThat(row(model, "Layla Haddad").max()).isEqualTo(22);
        assertThat(sheet.columns()).extracting(ScoreSheet.Column::itemId)
                .containsExactly("g1", "g2", "m1", "c1", "c2", "c3", "c4", "c5", "c6", "c8", "t1", "t2");
        assertThat(sheet.columns()).filteredOn(c -> !c.automatic()).extracting(ScoreSheet.Column::itemId)
                .as("the open question and the sheet with open cells need a teacher").containsExactly("c5", "t1");
        int g1 = sheet.columns().indexOf(sheet.columns().get(0));
        assertThat(row(model, "Omar Khalil").cells().get(g1).status()).isEqualTo(ItemResult.Status.WRONG);
        assertThat(sheet.percents()).hasSize(sheet.columns().size()).allSatisfy(p -> assertThat(p).isBetween(0.0, 100.0));

        OpenAnswer laylaOpen = answer(model, "Layla Haddad", "c5");
        assertThat(laylaOpen.marked()).isTrue();
        assertThat(laylaOpen.score()).isEqualTo(3.0);
        assertThat(laylaOpen.comment()).isEqualTo("إجابة جيدة، ينقصها ذكر الهجمات الصاروخية.");
        assertThat(laylaOpen.given()).isNotBlank();
        OpenAnswer laylaSheet = answer(model, "Layla Haddad", "t1");
        assertThat(laylaSheet.marked()).isFalse();
        assertThat(laylaSheet.given()).as("the sheet's cells, row by row").contains("1. ").contains(":");
        assertThat(model.unreadable()).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theReasonsAFileWasNotGradedAreSaidInTheWindowsLanguage() {
        GradingModel model = model();
        model.grade();

        List<String> arabic = model.unreadable().stream().map(u -> model.reason(u).in(Texts.of("ar"))).toList();
        List<String> english = model.unreadable().stream().map(u -> model.reason(u).in(Texts.of("en"))).toList();

        List<String> names = model.unreadable().stream().map(u -> u.file().getFileName().toString()).toList();
        assertThat(arabic).containsExactly(
                "الملف «" + names.get(0) + "» تالف أو ناقص، فلا يمكن فتحه. اطلب من الطالب أن يسلّمه مرة أخرى.",
                "الملف «" + names.get(1) + "» لدرس آخر: «درس آخر عن الناتو». صحّحه مع ذلك الدرس أو انقله من هذا المجلد.",
                "الملف «" + names.get(2) + "» ليس من ملفات مقال من النوع المطلوب؛ تحقّق من أنك اخترت الملف الصحيح.");
        for (int i = 0; i < names.size(); i++) {
            assertThat(arabic.get(i).replace(names.get(i), "")).as("no English left in the Arabic window but the file's name")
                    .doesNotContainPattern("[A-Za-z]");
        }
        assertThat(english).containsExactly(
                "The file " + names.get(0) + " is damaged or cut off, so it cannot be opened. Ask the student to hand it in again.",
                "The file " + names.get(1) + " is for another lesson: \"درس آخر عن الناتو\". Grade it with that lesson, or move it out of this folder.",
                "The file " + names.get(2) + " is not a Maqal file of the right kind; check that you chose the right file.");
    }

    @Test
    void aClassFolderThatIsGoneIsSaidInTheWindowsLanguage() {
        GradingModel model = model();
        Path gone = dir.resolve("gone");
        model.setFolder(gone);
        dialogs.texts = Texts.of("ar");

        model.grade();

        assertThat(model.scores()).isEmpty();
        assertThat(dialogs.errors).containsExactly("المجلد " + gone + " غير موجود؛ اختر مجلد الصف أو أعد توصيل وحدة USB.");
    }

    @Test
    void aMarkIsSavedAtOnceAndGradingAgainShowsIt() throws Exception {
        GradingModel model = model();
        model.grade();
        OpenAnswer sheet = answer(model, "Layla Haddad", "t1");
        double before = row(model, "Layla Haddad").total();

        assertThat(model.mark(sheet, 3, "  الأعمدة مكتملة  ")).isTrue();

        assertThat(answer(model, "Layla Haddad", "t1").marked()).isTrue();
        assertThat(row(model, "Layla Haddad").total()).isCloseTo(before - sheet.score() + 3, within(1e-9));
        assertThat(Marks.load(folder, SampleLessons.forStudents().id()).size()).isEqualTo(2);

        GradingModel again = model();
        again.grade();
        OpenAnswer reopened = answer(again, "Layla Haddad", "t1");
        assertThat(reopened.score()).isEqualTo(3.0);
        assertThat(reopened.comment()).isEqualTo("الأعمدة مكتملة");
        assertThat(again.unmarked()).isEqualTo(model.unmarked());
    }

    @Test
    void movingOnWithoutChangesLeavesAnAnswerWaitingAndAScoreOutOfRangeIsRefused() throws Exception {
        GradingModel model = model();
        model.grade();
        OpenAnswer sheet = answer(model, "Layla Haddad", "t1");
        long waiting = model.unmarked();

        assertThat(model.keep(sheet, sheet.score(), "")).isTrue();
        assertThat(model.unmarked()).isEqualTo(waiting);
        assertThat(Marks.load(folder, SampleLessons.forStudents().id()).size()).isEqualTo(1);

        assertThat(model.mark(sheet, sheet.points() + 1, "")).isFalse();
        assertThat(dialogs.errors).containsExactly("The points must be a number from 0 to " + sheet.points() + ".");
        assertThat(model.keep(sheet, sheet.score(), "جيد")).isTrue();
        assertThat(model.unmarked()).isEqualTo(waiting - 1);
    }

    @Test
    void theGradebookIsWrittenAndATargetThatCannotBeReplacedIsReportedPlainly() throws Exception {
        GradingModel model = model();
        model.grade();
        Path book = dir.resolve("out").resolve("gradebook.xlsx");
        dialogs.fileChoice = book;

        assertThat(model.exportGradebook()).isTrue();

        assertThat(model.gradebookFile()).contains(book);
        assertThat(dialogs.infos).singleElement().asString().contains(book.toString());
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(book))) {
            List<String> firstColumn = new ArrayList<>();
            read.getSheet("10A").forEach(r -> firstColumn.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
            assertThat(firstColumn).contains("Layla Haddad", "Omar Khalil");
            assertThat(read.getSheet("لم تُصحَّح").getRow(1).getCell(1).toString())
                    .as("the Arabic lesson's gradebook says why in Arabic")
                    .isEqualTo("الملف «10A_Karim-Aziz.json» تالف أو ناقص، فلا يمكن فتحه. اطلب من الطالب أن يسلّمه مرة أخرى.");
        }

        Path locked = Files.createDirectories(dir.resolve("locked.xlsx"));
        Files.writeString(locked.resolve("inside"), "x");
        dialogs.fileChoice = locked;
        assertThat(model.exportGradebook()).isTrue();
        assertThat(dialogs.errors).as("a folder where the gradebook goes: said with the file's name and what to check")
                .containsExactly("Cannot save locked.xlsx in the folder " + dir + "; check that you may write there and that the disk has room.");
        assertThat(model.exporting()).isFalse();
    }

    @Test
    void choosingTheClassFolderGradesIt() throws Exception {
        GradingModel model = new GradingModel(SampleLessons.forStudents(), dir, dir, new Grader(), new GradebookWriter(),
                new LessonFiles(), TaskRunner.callingThread(), dialogs, Clock.systemUTC());
        dialogs.folderChoice = folder;
        assertThat(model.chooseFolder()).isTrue();
        assertThat(model.folder()).isEqualTo(folder);
        assertThat(model.scores().orElseThrow().rows()).hasSize(4);
    }

    @Test
    void pointsAreReadInWesternAndArabicIndicDigits() {
        assertThat(GradingModel.parsePoints("2.5")).hasValue(2.5);
        assertThat(GradingModel.parsePoints(" ٢٫٥ ")).hasValue(2.5);
        assertThat(GradingModel.parsePoints("3,5")).hasValue(3.5);
        assertThat(GradingModel.parsePoints("۴")).hasValue(4.0);
        assertThat(GradingModel.parsePoints("")).isEmpty();
        assertThat(GradingModel.parsePoints("-1")).isEmpty();
        assertThat(GradingModel.parsePoints("three")).isEmpty();
    }

    @Test
    void withoutALessonTheTeacherIsToldToChooseOne() {
        GradingModel model = new GradingModel(null, folder, dir, new Grader(), new GradebookWriter(), new LessonFiles(),
                TaskRunner.callingThread(), dialogs, Clock.systemUTC());
        assertThat(model.grade()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("Other lesson");
    }
}
