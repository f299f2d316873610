package org.maqal.ui;

import java.awt.Component;
import java.awt.ComponentOrientation;
import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.border.Border;
import javax.swing.table.DefaultTableCellRenderer;

/** Shows Arabic cells right to left and right-aligned, whatever the interface language. */
final class RightToLeftRenderer extends DefaultTableCellRenderer {
    /** Keeps a clipped Arabic cell from running into the next column. */
    private static final Border PADDING = BorderFactory.createEmptyBorder(0, 4, 0, 6);

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
        super.getTableCellRendererComponent(table, value, selected, focus, row, col);
        setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        setHorizontalAlignment(SwingConstants.RIGHT);
        setToolTipText(value == null ? null : value.toString());
        setBorder(BorderFactory.createCompoundBorder(getBorder(), PADDING));
        return this;
    }
}
