package org.maqal.export.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.HandInFixtures;
import org.maqal.model.Language;
import org.maqal.model.Lesson;

/** Writes the gradebook of the fixed hand-ins and reads it back with POI. */
class GradebookWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSheetPerClassWithTotalsAndItemsHardestFirst() throws Exception {
        Path file = write(SampleLessons.forStudents());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(sheetNames(book)).containsExactly("10A", "10B", "لم تُصحَّح");
            XSSFSheet a = book.getSheet("10A");
            assertThat(a.getCTWorksheet().getSheetViews().getSheetViewArray(0).getRightToLeft()).isTrue();
            assertThat(a.getRow(0).getCell(0).getStringCellValue()).isEqualTo("بعثة الناتو في العراق — 10A");
            Row header = a.getRow(1);
            assertThat(texts(header, 0, 5)).containsExactly("الطالب", "المجموع", "من", "النسبة", "للتصحيح");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("9. لماذا يشدد الناتو على أن مهمته غير قتالية؟");
            assertThat(texts(header, 5, 17)).extracting(t -> t.substring(0, t.indexOf('.')))
                    .containsExactly("9", "12", "2", "3", "4", "5", "6", "8", "10", "11", "13", "7");

            Row average = a.getRow(2);
            assertThat(average.getCell(5).getNumericCellValue()).as("c5 in 10A").isCloseTo(0.375, within(1e-9));
            assertThat(average.getCell(16).getNumericCellValue()).as("c3 in 10A").isCloseTo((2 + 2.0 / 3) / 4, within(1e-9));

            Row layla = a.getRow(3);
            assertThat(layla.getCell(0).getStringCellValue()).isEqualTo("Layla Haddad");
            assertThat(layla.getCell(1).getNumericCellValue()).isEqualTo(19.0);
            assertThat(layla.getCell(2).getNumericCellValue()).isEqualTo(22.0);
            assertThat(layla.getCell(3).getNumericCellValue()).isCloseTo(19.0 / 22, within(1e-9));
            assertThat(layla.getCell(4).getNumericCellValue()).as("to mark").isEqualTo(1.0);
            assertThat(layla.getCell(5).getNumericCellValue()).as("her marked open answer").isEqualTo(3.0);
            Row omar = a.getRow(4);
            assertThat(omar.getCell(0).getStringCellValue()).isEqualTo("Omar Khalil");
            assertThat(omar.getCell(1).getNumericCellValue()).as("rounded to two decimals").isEqualTo(1.67);
            assertThat(a.getLastRowNum()).isEqualTo(4);

            XSSFSheet b = book.getSheet("10B");
            assertThat(texts(b.getRow(3), 0, 1)).containsExactly("Sara Ali");
            assertThat(b.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(b.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(texts(b.getRow(1), 5, 7)).extracting(t -> t.substring(0, t.indexOf('.'))).containsExactly("2", "4");

            XSSFSheet notGraded = book.getSheet("لم تُصحَّح");
            assertThat(notGraded.getLastRowNum()).isEqualTo(3);
            assertThat(notGraded.getRow(2).getCell(1).getStringCellValue()).contains("nato-iraq-2");
        }
    }

    @Test
    void anEnglishLessonHasEnglishLabelsLeftToRight() throws Exception {
        Path file = write(SampleLessons.forStudents().withLanguage(Language.EN));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet a = book.getSheet("10A");
            assertThat(a.getCTWorksheet().getSheetViews().getSheetViewArray(0).getRightToLeft()).isFalse();
            assertThat(texts(a.getRow(1), 0, 5)).containsExactly("Student", "Total", "Out of", "%", "To mark");
            assertThat(a.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Class average");
            assertThat(sheetNames(book)).contains("Not graded");
        }
    }

    private Path write(Lesson lesson) throws Exception {
        GradeReport report = new Grader().grade(lesson, HandInFixtures.copyTo(dir));
        Path file = dir.resolve("out/gradebook.xlsx");
        new GradebookWriter().write(report, file);
        return file;
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int c = from; c < to; c++) out.add(row.getCell(c).getStringCellValue());
        return out;
    }
}
