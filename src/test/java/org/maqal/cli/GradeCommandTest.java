package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.grading.HandInFixtures;
import org.maqal.testing.ReadOnlyFolders;

class GradeCommandTest {
    @TempDir
    Path dir;

    /** Runs {@code grade} on the fixed hand-ins of the sample lesson (an Arabic lesson), writing the gradebook to {@code out}. */
    private CliRun gradeTheFixtures(Path out) throws Exception {
        Path lesson = dir.resolve("lessons/nato-iraq-1.json");
        new LessonFiles().save(SampleLessons.forStudents(), lesson);
        Path folder = HandInFixtures.copyTo(dir);
        return CliRun.of("grade", "--lesson", lesson.toString(), "--submissions", folder.toString(), "--out", out.toString());
    }

    @Test
    void gradesTheFolderPrintsASummaryAndWritesTheGradebook() throws Exception {
        Path out = dir.resolve("exports/gradebook.xlsx");
        CliRun run = gradeTheFixtures(out);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Lesson \"بعثة الناتو في العراق\" (nato-iraq-1): 12 scored items, 22 points")
                .contains("Graded 4 hand-ins in 2 classes")
                .containsPattern("10A +Layla Haddad +19 / 22 \\(86%\\), 1 to mark")
                .containsPattern("10A +Omar Khalil +1.67 / 22 \\(8%\\), 1 to mark")
                .containsPattern("10B +Sara Ali +5 / 22 \\(23%\\)")
                .contains("Earlier hand-ins replaced by a later one: 10B_Sara-Ali.json")
                .contains("Not graded (3):")
                .contains("  10B_Huda-Saleh.json: It is a hand-in for the lesson \"درس آخر عن الناتو\" (nato-iraq-2)")
                .contains("  notes.json: The file notes.json is not a Maqal student's work")
                .contains("Gradebook written to " + out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("10A").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(19.0);
        }
    }

    @Test
    void theGradebookOfAnArabicLessonSaysInArabicWhyFilesWereNotGraded() throws Exception {
        Path out = dir.resolve("exports/gradebook.xlsx");
        CliRun run = gradeTheFixtures(out);

        assertThat(run.code()).isZero();
        assertThat(run.out()).as("the command line itself stays English").contains("  notes.json: The file notes.json is not");
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet notGraded = book.getSheet("لم تُصحَّح");
            assertThat(notGraded).as("the sheet of files not graded, named in Arabic").isNotNull();
            for (int r = 1; r <= notGraded.getLastRowNum(); r++) {
                reasons.put(notGraded.getRow(r).getCell(0).getStringCellValue(), notGraded.getRow(r).getCell(1).getStringCellValue());
            }
        }
        assertThat(reasons).containsOnlyKeys("10A_Karim-Aziz.json", "10B_Huda-Saleh.json", "notes.json");
        assertThat(reasons.get("10A_Karim-Aziz.json"))
                .isEqualTo("الملف «10A_Karim-Aziz.json» تالف أو ناقص، فلا يمكن فتحه. اطلب من الطالب أن يسلّمه مرة أخرى.");
        assertThat(reasons.get("10B_Huda-Saleh.json"))
                .isEqualTo("الملف «10B_Huda-Saleh.json» لدرس آخر: «درس آخر عن الناتو». صحّحه مع ذلك الدرس أو انقله من هذا المجلد.");
        reasons.forEach((file, reason) -> assertThat(reason.replace(file, "")).as(file)
                .containsPattern("\\p{IsArabic}").doesNotContainPattern("[A-Za-z]"));
    }

    @Test
    void aMissingLessonOrFolderIsOneSentence() throws Exception {
        CliRun noLesson = CliRun.of("grade", "--lesson", dir.resolve("nope.json").toString(), "--submissions", dir.toString(),
                "--out", dir.resolve("g.xlsx").toString());
        assertThat(noLesson.code()).isEqualTo(1);
        assertThat(noLesson.err().strip()).isEqualTo("There is no lesson file " + dir.resolve("nope.json") + "; check its name and folder.");

        Path lesson = dir.resolve("l.json");
        new LessonFiles().save(SampleLessons.forStudents(), lesson);
        CliRun noFolder = CliRun.of("grade", "--lesson", lesson.toString(), "--submissions", dir.resolve("usb").toString(),
                "--out", dir.resolve("g.xlsx").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err().strip()).isEqualTo("There is no folder " + dir.resolve("usb") + "; choose the folder the students handed in to.");
        assertThat(dir.resolve("g.xlsx")).doesNotExist();
    }

    @Test
    void aGradebookThatCannotBeWrittenIsOneSentenceNamingIt() throws Exception {
        Path out = ReadOnlyFolders.in(dir).resolve("maqal-test-gradebook.xlsx");

        CliRun run = gradeTheFixtures(out);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Cannot save the gradebook to " + out + " because the file or its folder is read-only"
                + " or you may not write there; close it if another program has it open, or choose another folder.");
        assertThat(out).doesNotExist();
    }
}
