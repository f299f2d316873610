package org.maqal.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.event.MouseEvent;
import java.text.NumberFormat;
import java.util.Locale;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;
import org.maqal.app.ScoreSheet;
import org.maqal.app.Texts;
import org.maqal.lesson.grading.ItemResult;

/**
 * The grading screen's table of scores: a row per student (class, name, total, percentage, answers
 * waiting), a column per item with the score and a mark of how it came about, and a last row with the
 * share of each item's points all the students scored. Columns of items a teacher marks carry ✎.
 */
final class ScoresTable extends JTable {
    private static final int FIXED = 5;
    /** Keeps "76.5 / 120" in that order inside a right-to-left table. */
    private static final String LEFT_TO_RIGHT_MARK = "\u200E";
    private final Texts texts;
    private final Model model = new Model();

    ScoresTable(Texts texts) {
        this.texts = texts;
        setName("scoresTable");
        setModel(model);
        setAutoResizeMode(AUTO_RESIZE_OFF);
        setRowHeight(26);
        getTableHeader().setReorderingAllowed(false);
        setDefaultRenderer(Object.class, new ScoreRenderer());
    }

    /** Shows a sheet (null: nothing graded yet). */
    void show(ScoreSheet sheet) {
        if (sheet == model.sheet) return;
        model.sheet = sheet;
        model.fireTableStructureChanged();
        for (int c = 0; c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setPreferredWidth(c == 1 ? 190 : c == 0 ? 70 : c < FIXED ? 76 : 64);
        }
    }

    @Override
    protected JTableHeader createDefaultTableHeader() {
        return new JTableHeader(columnModel) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int c = columnAtPoint(e.getPoint());
                if (c < FIXED || model.sheet == null) return null;
                ScoreSheet.Column item = model.sheet.columns().get(convertColumnIndexToModel(c) - FIXED);
                return "<html>" + escape(item.number() + ". " + item.prompt()) + "<br>" + item.points() + " · "
                        + texts.get(item.automatic() ? "grading.column.auto" : "grading.column.teacher") + "</html>";
            }
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    static String points(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private final class Model extends AbstractTableModel {
        private ScoreSheet sheet;

        @Override
        public int getRowCount() {
            return sheet == null ? 0 : sheet.rows().size() + 1;
        }

        @Override
        public int getColumnCount() {
            return FIXED + (sheet == null ? 0 : sheet.columns().size());
        }

        @Override
        public String getColumnName(int c) {
            return switch (c) {
                case 0 -> texts.get("grading.column.class");
                case 1 -> texts.get("grading.column.student");
                case 2 -> texts.get("grading.column.total");
                case 3 -> texts.get("grading.column.percent");
                case 4 -> texts.get("grading.column.toMark");
                default -> {
                    ScoreSheet.Column item = sheet.columns().get(c - FIXED);
                    yield item.number() + (item.automatic() ? "" : " ✎");
                }
            };
        }

        @Override
        public Object getValueAt(int r, int c) {
            if (r == sheet.rows().size()) return allStudents(c);
            ScoreSheet.Row row = sheet.rows().get(r);
            return switch (c) {
                case 0 -> row.className();
                case 1 -> row.name();
                case 2 -> LEFT_TO_RIGHT_MARK + points(row.total()) + " / " + row.max();
                case 3 -> Math.round(row.percent()) + "%";
                case 4 -> row.toMark() == 0 ? "" : String.valueOf(row.toMark());
                default -> row.cells().get(c - FIXED);
            };
        }

        private Object allStudents(int c) {
            if (c == 1) return texts.get("grading.allStudents");
            if (c < FIXED) return "";
            return Math.round(sheet.percents().get(c - FIXED)) + "%";
        }
    }

    /** Writes a score with its mark (✓ ◐ ✗ – ? ✎) in the colour of how it came about. */
    private static final class ScoreRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
            Object shown = value instanceof ScoreSheet.Cell cell ? text(cell) : value;
            super.getTableCellRendererComponent(table, shown, selected, focus, row, col);
            int modelColumn = table.convertColumnIndexToModel(col);
            setHorizontalAlignment(modelColumn == 1 ? SwingConstants.LEADING : SwingConstants.CENTER);
            setFont(row == table.getRowCount() - 1 ? getFont().deriveFont(java.awt.Font.BOLD) : getFont());
            if (!selected) setForeground(value instanceof ScoreSheet.Cell cell ? colour(cell.status()) : table.getForeground());
            return this;
        }

        private static String text(ScoreSheet.Cell cell) {
            return switch (cell.status()) {
                case RIGHT -> points(cell.score()) + " ✓";
                case PARTLY_RIGHT -> points(cell.score()) + " ◐";
                case WRONG -> points(cell.score()) + " ✗";
                case UNANSWERED -> "–";
                case TO_MARK -> "?";
                case MARKED -> points(cell.score()) + " ✎";
            };
        }

        private static Color colour(ItemResult.Status status) {
            Color c = UIManager.getColor(switch (status) {
                case RIGHT -> "Maqal.grade.right";
                case PARTLY_RIGHT -> "Maqal.grade.partly";
                case WRONG -> "Maqal.grade.wrong";
                case TO_MARK, MARKED -> "Maqal.grade.waiting";
                case UNANSWERED -> "Label.disabledForeground";
            });
            return c == null ? UIManager.getColor("Table.foreground") : c;
        }
    }
}
