package org.maqal.ui;

import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JComponent;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Turns a window right to left for Arabic or left to right for English, while components that show
 * Arabic content (articles, items) stay right to left in both.
 */
final class Orientation {
    private static final String ARABIC = "maqal.arabicContent";
    private static final String FOLLOWS = "maqal.followsContent";

    private Orientation() {
    }

    /** Marks a component as showing Arabic content, and turns it right to left. */
    static <T extends JComponent> T arabic(T component) {
        component.putClientProperty(ARABIC, Boolean.TRUE);
        component.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        return component;
    }

    /**
     * Turns a text field right to left while its text starts with an Arabic letter, left to right
     * while it starts with a Latin one (a note written in English stays readable in the Arabic window).
     */
    static <T extends JTextComponent> T followContent(T field) {
        field.putClientProperty(FOLLOWS, Boolean.TRUE);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(() -> byContent(field));
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(() -> byContent(field));
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        byContent(field);
        return field;
    }

    private static void byContent(JTextComponent field) {
        String text = field.getText();
        ComponentOrientation o = null;
        for (int i = 0; i < text.length() && o == null; i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                o = ComponentOrientation.RIGHT_TO_LEFT;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                o = ComponentOrientation.LEFT_TO_RIGHT;
            }
        }
        if (o != null && !o.equals(field.getComponentOrientation())) {
            field.setComponentOrientation(o);
            field.repaint();
        }
    }

    /** Applies the interface's direction to a whole tree, keeping Arabic content right to left. */
    static void apply(Component root, boolean rightToLeft) {
        root.applyComponentOrientation(rightToLeft ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        restore(root, rightToLeft);
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

    private static void restore(Component c, boolean rightToLeft) {
        if (!rightToLeft && c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(ARABIC))) {
            j.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
        }
        if (c instanceof JTextComponent t && Boolean.TRUE.equals(t.getClientProperty(FOLLOWS))) byContent(t);
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) restore(child, rightToLeft);
        }
    }

    /**
     * Puts a split's divider at a share of its width (the start side's share) when it is first laid
     * out, whatever the preferred sizes; later changes of width are shared by the resize weight.
     */
    static void startShare(JSplitPane split, double share, boolean rightToLeft) {
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (split.getWidth() <= 0) return;
                split.setDividerLocation(rightToLeft ? 1 - share : share);
                split.removeComponentListener(this);
            }
        });
    }
}
