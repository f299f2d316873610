package org.maqal.export.gradebook;

import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.ItemResult;
import org.maqal.lesson.grading.StudentResult;
import org.maqal.model.Item;

/**
 * One class's sheet: a title row, a header row, the class-average row, then a row per student.
 * Columns: student, total, out of, percentage, items to mark, then one per item, hardest first.
 */
final class ClassSheet {
    /** Rows before the first student. */
    static final int FIRST_STUDENT_ROW = 3;
    /** Columns before the first item. */
    static final int FIRST_ITEM_COLUMN = 5;
    private static final int PROMPT_CHARS = 60;

    private final GradeReport report;
    private final List<StudentResult> students;
    private final ResourceBundle labels;
    private final GradebookStyles styles;

    ClassSheet(GradeReport report, List<StudentResult> students, ResourceBundle labels, GradebookStyles styles) {
        this.report = report;
        this.students = students;
        this.labels = labels;
        this.styles = styles;
    }

    void fill(XSSFSheet sheet, String classTitle) {
        List<Item> items = report.hardestFirst(students);
        styles.text(sheet.createRow(0), 0, report.lesson().title() + " — " + classTitle, styles.title());

        Row header = sheet.createRow(1);
        String[] fixed = {"student", "total", "outOf", "percent", "toMark"};
        for (int c = 0; c < fixed.length; c++) styles.text(header, c, labels.getString(fixed[c]), styles.header());
        for (int i = 0; i < items.size(); i++) styles.text(header, FIRST_ITEM_COLUMN + i, label(items.get(i)), styles.header());

        Row average = sheet.createRow(2);
        styles.text(average, 0, labels.getString("classAverage"), styles.average());
        double mean = students.stream().mapToDouble(StudentResult::percent).average().orElse(0);
        styles.number(average, 3, mean / 100, styles.average());
        for (int i = 0; i < items.size(); i++) {
            styles.number(average, FIRST_ITEM_COLUMN + i, GradeReport.percent(items.get(i).id(), students) / 100, styles.average());
        }

        for (int s = 0; s < students.size(); s++) {
            StudentResult r = students.get(s);
            Row row = sheet.createRow(FIRST_STUDENT_ROW + s);
            styles.text(row, 0, r.student().name(), styles.plain());
            styles.points(row, 1, r.total());
            styles.points(row, 2, r.max());
            styles.number(row, 3, r.percent() / 100, styles.percent());
            styles.points(row, 4, r.toMark());
            for (int i = 0; i < items.size(); i++) {
                double score = r.item(items.get(i).id()).map(ItemResult::score).orElse(0.0);
                styles.points(row, FIRST_ITEM_COLUMN + i, score);
            }
        }
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < FIRST_ITEM_COLUMN; c++) sheet.setColumnWidth(c, 10 * 256);
        for (int i = 0; i < items.size(); i++) sheet.setColumnWidth(FIRST_ITEM_COLUMN + i, 18 * 256);
        header.setHeightInPoints(48);
        sheet.createFreezePane(1, FIRST_STUDENT_ROW);
    }

    /** The item's number in the lesson and its prompt, cut at a word when long. */
    private String label(Item item) {
        List<Item> all = report.lesson().items().toList();
        String prompt = item.prompt().strip().replaceAll("\\s+", " ");
        if (prompt.length() > PROMPT_CHARS) {
            int cut = prompt.lastIndexOf(' ', PROMPT_CHARS);
            prompt = prompt.substring(0, cut > 0 ? cut : PROMPT_CHARS) + " …";
        }
        return (all.indexOf(item) + 1) + ". " + prompt;
    }
}
