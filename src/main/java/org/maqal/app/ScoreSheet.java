package org.maqal.app;

import java.util.List;
import java.util.Optional;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.ItemResult;
import org.maqal.lesson.grading.StudentResult;
import org.maqal.lesson.student.AnswerParts;
import org.maqal.model.Item;

/**
 * The grading screen's table: a row per student, a column per scored item, totals, and the share of
 * each item's points the students scored. Built from a {@link GradeReport}; immutable.
 *
 * @param columns  the scored items, in the lesson's order
 * @param rows     the students, by class then name
 * @param percents per column, the share of its points all the students scored (0 to 100)
 */
public record ScoreSheet(List<Column> columns, List<Row> rows, List<Double> percents) {
    /**
     * A scored item.
     *
     * @param itemId   the item
     * @param number   its number in the lesson, from 1
     * @param prompt   what the student read
     * @param points   what it is worth
     * @param automatic whether Maqal marks it (false when a teacher has to)
     */
    public record Column(String itemId, int number, String prompt, int points, boolean automatic) {
    }

    /** One student's scores: per column, in order. */
    public record Row(String className, String name, double total, int max, double percent, long toMark, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A student's score on an item and how it came about. */
    public record Cell(double score, int points, ItemResult.Status status) {
    }

    public ScoreSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        percents = List.copyOf(percents);
    }

    /** The sheet of a report. */
    static ScoreSheet of(GradeReport report) {
        List<Item> all = report.lesson().items().toList();
        List<Column> columns = report.items().stream().map(i -> new Column(i.id(), all.indexOf(i) + 1, i.prompt(), i.points(),
                !AnswerParts.expected(i, report.lesson().rules().articleOptional(i.id())).teacherMarks())).toList();
        List<Row> rows = report.students().stream().map(r -> row(r, columns)).toList();
        List<Double> percents = columns.stream().map(c -> GradeReport.percent(c.itemId(), report.students())).toList();
        return new ScoreSheet(columns, rows, percents);
    }

    private static Row row(StudentResult r, List<Column> columns) {
        List<Cell> cells = columns.stream().map(c -> {
            Optional<ItemResult> item = r.item(c.itemId());
            return item.map(i -> new Cell(i.score(), i.points(), i.status()))
                    .orElse(new Cell(0, c.points(), ItemResult.Status.UNANSWERED));
        }).toList();
        return new Row(r.student().className(), r.student().name(), r.total(), r.max(), r.percent(), r.toMark(), cells);
    }
}
