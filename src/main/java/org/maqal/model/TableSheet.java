package org.maqal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sheet the student completes: a comparison table or a claim-tracking sheet. The reference rows
 * hold every cell filled in; the cells in {@code studentColumns} are blanked on the student's copy.
 *
 * @param columns        the column headings, at least one, distinct
 * @param answer         the reference rows, each with one cell per column (a cell may be empty)
 * @param studentColumns the indexes of the columns the student fills, distinct, each a column
 * @param sources        the sentences the sheet comes from; when it holds exactly one source per
 *                       reference row, the i-th is the sentence the i-th row comes from (see
 *                       {@link #rowSource(int)})
 */
public record TableSheet(String id, String prompt, List<String> columns, List<List<String>> answer,
                         List<Integer> studentColumns, List<Source> sources, int points, String notes) implements Item {
    public TableSheet {
        Checks.id(id, "a table sheet");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        columns = Checks.distinct(columns, "the columns of item \"" + id + "\"");
        if (columns.isEmpty()) throw new IllegalArgumentException("item \"" + id + "\" needs at least one column");
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : Checks.list(answer, "the rows of item \"" + id + "\"")) {
            List<String> cells = Checks.list(row, "a row of item \"" + id + "\"");
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("a row of item \"" + id + "\" has " + cells.size()
                        + " cells for " + columns.size() + " columns");
            }
            rows.add(cells);
        }
        answer = List.copyOf(rows);
        studentColumns = Checks.list(studentColumns, "the student columns of item \"" + id + "\"");
        Set<Integer> seen = new HashSet<>();
        for (int c : studentColumns) {
            if (c < 0 || c >= columns.size() || !seen.add(c)) {
                throw new IllegalArgumentException("item \"" + id + "\" has a student column " + c
                        + " that is repeated or not one of its " + columns.size() + " columns");
            }
        }
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    /** Whether the student fills this column. */
    public boolean isStudentColumn(int column) {
        return studentColumns.contains(column);
    }

    /**
     * The sentence a reference row comes from: the row's own source when the sheet has exactly one
     * source per row, otherwise empty (the sources then belong to the sheet as a whole).
     *
     * @throws IndexOutOfBoundsException when {@code row} is not a row of the sheet
     */
    public Optional<Source> rowSource(int row) {
        if (row < 0 || row >= answer.size()) throw new IndexOutOfBoundsException("no row " + row + " in item \"" + id + "\"");
        return sources.size() == answer.size() ? Optional.of(sources.get(row)) : Optional.empty();
    }

    /** The rows as the student sees them: the student's columns blank. */
    public List<List<String>> givenRows() {
        return answer.stream().map(row -> {
            List<String> cells = new ArrayList<>(row);
            for (int c : studentColumns) cells.set(c, "");
            return List.copyOf(cells);
        }).toList();
    }

    @Override public ItemType type() { return ItemType.TABLE; }
    @Override public TableSheet withPrompt(String p) { return new TableSheet(id, p, columns, answer, studentColumns, sources, points, notes); }
    @Override public TableSheet withPoints(int p) { return new TableSheet(id, prompt, columns, answer, studentColumns, sources, p, notes); }
    @Override public TableSheet withNotes(String n) { return new TableSheet(id, prompt, columns, answer, studentColumns, sources, points, n); }
}
