package org.maqal.ui;

import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.Container;
import javax.swing.JComponent;
import javax.swing.JSplitPane;

/**
 * Turns a window right to left for Arabic or left to right for English, while components that show
 * Arabic content (articles, items) stay right to left in both.
 */
final class Orientation {
    private static final String ARABIC = "maqal.arabicContent";

    private Orientation() {
    }

    /** Marks a component as showing Arabic content, and turns it right to left. */
    static <T extends JComponent> T arabic(T component) {
        component.putClientProperty(ARABIC, Boolean.TRUE);
        component.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        return component;
    }

    /** Applies the interface's direction to a whole tree, keeping Arabic content right to left. */
    static void apply(Component root, boolean rightToLeft) {
        root.applyComponentOrientation(rightToLeft ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        if (!rightToLeft) restoreArabic(root);
    }

    /**
     * A side-by-side split with {@code start} where reading starts: on the left in English, on the right
     * in Arabic (a split pane does not mirror itself). {@code startWeight} is the share of extra width
     * the start side takes.
     */
    static JSplitPane split(String name, JComponent start, JComponent end, double startWeight, boolean rightToLeft) {
        start.setMinimumSize(new Dimension(160, 100));
        end.setMinimumSize(new Dimension(160, 100));
        JSplitPane split = rightToLeft ? new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, end, start)
                : new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, start, end);
        split.setResizeWeight(rightToLeft ? 1 - startWeight : startWeight);
        split.setName(name);
        return split;
    }

    private static void restoreArabic(Component c) {
        if (c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(ARABIC))) {
            j.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) restoreArabic(child);
        }
    }
}
