package org.maqal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.StudentItem;

/** A table sheet to fill in: only the student's columns can be edited; every edit is handed on as the filled cells. */
final class CellsEditor extends AnswerEditor {
    private final StudentItem.Table sheet;
    private final DefaultTableModel model;
    private final JScrollPane shown;

    CellsEditor(StudentItem item, Consumer<Answer> sink) {
        super(sink);
        this.sheet = item.sheet().orElseThrow();
        this.model = new DefaultTableModel(sheet.columns().toArray(), 0) {
            @Override public boolean isCellEditable(int row, int column) {
                return sheet.studentColumns().contains(column);
            }
        };
        JTable table = Orientation.arabic(new JTable(model));
        table.setName("table-" + item.id());
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setDefaultRenderer(Object.class, new RightToLeftRenderer());
        shown = new JScrollPane(table);
        shown.setPreferredSize(new java.awt.Dimension(420, 40 + table.getRowHeight() * Math.max(1, sheet.rows().size())));
        fill(Optional.empty());
        model.addTableModelListener(e -> changed(cells()));
    }

    @Override
    JComponent component() {
        return shown;
    }

    @Override
    void fill(Optional<Answer> answer) {
        Answer.Cells cells = answer.map(a -> (Answer.Cells) a).orElse(new Answer.Cells(List.of()));
        model.setRowCount(0);
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<Object> row = new ArrayList<>(sheet.rows().get(r));
            for (int c : sheet.studentColumns()) {
                while (row.size() <= c) row.add("");
                row.set(c, cells.text(r, c));
            }
            model.addRow(row.toArray());
        }
    }

    private Answer.Cells cells() {
        List<Answer.Cell> filled = new ArrayList<>();
        for (int r = 0; r < model.getRowCount(); r++) {
            for (int c : sheet.studentColumns()) {
                Object v = model.getValueAt(r, c);
                if (v != null && !v.toString().isBlank()) filled.add(new Answer.Cell(r, c, v.toString()));
            }
        }
        return new Answer.Cells(filled);
    }
}
