package org.maqal.ui;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * Pieces of the small HTML documents the window shows (claim details, who is quoted): escaping, and
 * secondary text set apart by colour rather than italics, since the italic face of a font often has
 * no Arabic letters and Swing then draws boxes.
 */
final class Html {
    private Html() { }

    /** The text with the characters HTML gives a meaning to escaped. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped HTML shown as secondary text: in a colour between the theme's text and background. */
    static String aside(String escapedHtml) {
        Color fg = colour("Label.foreground", Color.BLACK);
        Color bg = colour("Panel.background", Color.WHITE);
        int r = (fg.getRed() * 2 + bg.getRed()) / 3;
        int g = (fg.getGreen() * 2 + bg.getGreen()) / 3;
        int b = (fg.getBlue() * 2 + bg.getBlue()) / 3;
        return String.format("<span style='color:#%02x%02x%02x'>%s</span>", r, g, b, escapedHtml);
    }

    private static Color colour(String key, Color otherwise) {
        Color c = UIManager.getColor(key);
        return c != null ? c : otherwise;
    }
}
