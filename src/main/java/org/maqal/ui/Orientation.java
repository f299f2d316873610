package org.maqal.ui;

import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Container;
import javax.swing.JComponent;

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

    private static void restoreArabic(Component c) {
        if (c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(ARABIC))) {
            j.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) restoreArabic(child);
        }
    }
}
