package org.maqal.ui;

import javax.swing.JTextArea;

/**
 * Text that wraps at word ends and has no baseline. MigLayout asks each component in a row for its
 * baseline, and a wrapped text area answers by laying its whole text out again on every layout of the
 * window, which keeps the Swing thread busy in the long list of questions; without a baseline it is
 * aligned by its top instead.
 */
class WrappedText extends JTextArea {
    /** Text to read: not editable, not focusable, on the panel's background. */
    static WrappedText reading(String text) {
        WrappedText area = new WrappedText(text, 0, 0);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        return area;
    }

    /** Text the student types, {@code rows} high. */
    WrappedText(String text, int rows, int columns) {
        super(text, rows, columns);
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    @Override
    public int getBaseline(int width, int height) {
        return -1;
    }
}
