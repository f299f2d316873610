package org.maqal.ui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A table whose columns can be sized to what they hold, so that short values such as a kind, a date
 * or a count are never cut, in either interface language. It fills the width of its scroll pane
 * like any table; where the pane is narrower than the fitted columns need, it keeps their widths and
 * scrolls sideways instead of cutting them.
 */
final class FittedTable extends JTable {
    /** Room for the sort arrow beside a header and the lines between cells, in pixels. */
    private static final int SLACK = 18;

    FittedTable(TableModel model) {
        super(model);
    }

    /**
     * Makes each column as wide as its header or its widest value, whichever is wider (at most
     * {@code cap} pixels), and no narrower when the table is resized. Call again when the rows or
     * the font change.
     */
    void fit(int cap, int... columns) {
        for (int c : columns) {
            int width = Math.min(cap, width(c));
            TableColumn column = getColumnModel().getColumn(c);
            column.setMinWidth(width);
            column.setPreferredWidth(width);
        }
    }

    /** The width a column needs for its header and every value in it. */
    int width(int c) {
        TableColumn column = getColumnModel().getColumn(c);
        TableCellRenderer header = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : getTableHeader().getDefaultRenderer();
        int width = header.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, c)
                .getPreferredSize().width;
        for (int r = 0; r < getRowCount(); r++) {
            Component cell = prepareRenderer(getCellRenderer(r, c), r, c);
            width = Math.max(width, cell.getPreferredSize().width);
        }
        return width + SLACK;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        Container parent = getParent();
        int minimum = 0;
        for (int c = 0; c < getColumnCount(); c++) minimum += getColumnModel().getColumn(c).getMinWidth();
        return !(parent instanceof JViewport) || parent.getWidth() >= minimum;
    }
}
