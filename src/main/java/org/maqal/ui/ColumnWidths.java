package org.maqal.ui;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Sizes table columns to what they hold, so that short values such as a kind, a date or a count are
 * never cut, in either interface language; the columns not fitted share what is left.
 */
final class ColumnWidths {
    /** Room for the sort arrow beside a header and the lines between cells, in pixels. */
    private static final int SLACK = 18;

    private ColumnWidths() { }

    /**
     * Makes each column as wide as its header or its widest value, whichever is wider, and no
     * narrower when the table is resized. Call again when the rows or the font change.
     */
    static void fit(JTable table, int... columns) {
        for (int c : columns) {
            int width = width(table, c);
            TableColumn column = table.getColumnModel().getColumn(c);
            column.setMinWidth(width);
            column.setPreferredWidth(width);
        }
    }

    /** The width the column needs for its header and every value in it. */
    static int width(JTable table, int c) {
        TableColumn column = table.getColumnModel().getColumn(c);
        TableCellRenderer header = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : table.getTableHeader().getDefaultRenderer();
        int width = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c)
                .getPreferredSize().width;
        for (int r = 0; r < table.getRowCount(); r++) {
            Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
            width = Math.max(width, cell.getPreferredSize().width);
        }
        return width + SLACK;
    }
}
