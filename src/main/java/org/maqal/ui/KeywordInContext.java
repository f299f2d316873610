package org.maqal.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextHitInfo;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import org.maqal.app.Concordance;

/**
 * Draws one concordance hit on one line of a table: the words before it, the hit on a highlight and
 * underlined, the words after it. Arabic reads right to left (the words before the hit on its right),
 * a Latin text left to right. The hit sits in the middle of the cell, so the hits of a list line up
 * one under the other; on each side as many whole words of context are shown as fit, with an ellipsis
 * where words are left out, so no glyph is cut at the cell's edge.
 *
 * <p>No HTML: a line is one text layout of the shown words (shaped and ordered by Java's text
 * layout, so letters join across the hit's edges), worked out once per hit and width and kept for the
 * rows painted again. The full line is the tooltip.
 */
final class KeywordInContext extends JComponent implements TableCellRenderer {
    private static final String ELLIPSIS = "…";
    /** Space kept free at each edge of the cell, in pixels. */
    private static final int PAD = 6;
    /** Lines kept for repainting, enough for a few screens of hits. */
    private static final int KEPT = 300;

    /** Where a part of the line is drawn: from and to, in pixels from the cell's left edge. */
    record Span(double from, double to) {
        static final Span NONE = new Span(0, 0);

        double width() {
            return to - from;
        }
    }

    /**
     * What the cell shows for a hit at its width.
     *
     * @param before      the words shown before the hit, with an ellipsis first if words are left out
     * @param match       the hit as written
     * @param after       the words shown after the hit, with an ellipsis last if words are left out
     * @param rightToLeft whether the line reads right to left
     * @param beforeAt    where the words before are drawn ({@link Span#NONE} when there are none)
     * @param matchAt     where the hit is drawn
     * @param afterAt     where the words after are drawn ({@link Span#NONE} when there are none)
     */
    record Shown(String before, String match, String after, boolean rightToLeft, Span beforeAt, Span matchAt, Span afterAt) {
        String text() {
            return before + match + after;
        }
    }

    /** A hit at a width in a font, compared by identity: the table hands the same hit objects over and over. */
    private record Key(Concordance.Hit hit, int width, Font font) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hit == hit && k.width == width && k.font == font;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(hit) * 31 + width;
        }
    }

    private record Line(Shown shown, TextLayout layout, double x, Rectangle2D matchBox) { }

    private final Map<Key, Line> lines = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Line> eldest) {
            return size() > KEPT;
        }
    };
    private Concordance.Hit hit;
    private boolean selected;

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean focus, int row, int col) {
        hit = (Concordance.Hit) value;
        selected = isSelected;
        setFont(table.getFont());
        setForeground(isSelected ? table.getSelectionForeground() : table.getForeground());
        setBackground(isSelected ? table.getSelectionBackground() : table.getBackground());
        return this;
    }

    /** What the cell shows at its present width; for tests and assistive reading. */
    Shown shown() {
        return line().shown();
    }

    @Override
    public String getToolTipText() {
        return hit == null ? null : hit.before() + hit.match() + hit.after();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (hit == null) return;
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Line line = line();
            float y = (getHeight() - line.layout().getAscent() - line.layout().getDescent()) / 2f + line.layout().getAscent();
            g2.clipRect(0, 0, getWidth(), getHeight());
            if (!selected) {
                Color mark = UIManager.getColor("Maqal.highlight.search");
                g2.setColor(mark != null ? mark : Color.YELLOW);
                Rectangle2D box = line.matchBox();
                g2.fill(new Rectangle2D.Double(line.x() + box.getX() - 1, 2, box.getWidth() + 2, getHeight() - 4));
            }
            g2.setColor(getForeground());
            line.layout().draw(g2, (float) line.x(), y);
        } finally {
            g2.dispose();
        }
    }

    private Line line() {
        Key key = new Key(hit, getWidth(), getFont());
        Line line = lines.get(key);
        if (line == null) {
            line = layOut(hit, getWidth(), getFont(), getFontMetrics(getFont()).getFontRenderContext());
            lines.put(key, line);
        }
        return line;
    }

    /** The hit with as many whole words of context as fit the width on each side of it. */
    private static Line layOut(Concordance.Hit hit, int width, Font font, FontRenderContext frc) {
        String full = hit.before() + hit.match() + hit.after();
        int ms = hit.before().length();
        int me = ms + hit.match().length();
        boolean rtl = rightToLeft(full);
        TextLayout whole = layout(full, ms, me, rtl, font, frc);
        double ellipsis = layout(ELLIPSIS, 0, 0, rtl, font, frc).getAdvance();
        Rectangle2D match = whole.getLogicalHighlightShape(ms, me).getBounds2D();
        double half = width / 2.0 - PAD;
        double centre = match.getCenterX();

        int from = ms;
        for (int i = 0; i < ms; i = nextWordStart(full, i, ms)) {
            double reach = Math.abs(edge(whole, i) - centre) + (i > 0 ? ellipsis : 0);
            if (reach <= half) {
                from = i;
                break;
            }
        }
        int to = me;
        for (int j = full.length(); j > me; j = previousWordEnd(full, j, me)) {
            double reach = Math.abs(edge(whole, j) - centre) + (j < full.length() ? ellipsis : 0);
            if (reach <= half) {
                to = j;
                break;
            }
        }
        String before = (from > 0 ? ELLIPSIS : "") + full.substring(from, ms);
        String after = full.substring(me, to) + (to < full.length() ? ELLIPSIS : "");
        String text = before + hit.match() + after;
        int bs = before.length();
        int be = bs + hit.match().length();
        TextLayout shownLayout = layout(text, bs, be, rtl, font, frc);
        Rectangle2D matchBox = shownLayout.getLogicalHighlightShape(bs, be).getBounds2D();
        double x = width / 2.0 - matchBox.getCenterX();
        if (matchBox.getWidth() > width - 2 * PAD) x = rtl ? width - PAD - matchBox.getMaxX() : PAD - matchBox.getMinX();
        Shown shown = new Shown(before, hit.match(), after, rtl, span(shownLayout, 0, bs, x), span(shownLayout, bs, be, x),
                span(shownLayout, be, text.length(), x));
        return new Line(shown, shownLayout, x, matchBox);
    }

    /**
     * Where the caret stands before the character at this offset (after the last one at the end of the
     * text): the outer edge of a context that starts or ends there. Cheaper than a highlight shape.
     */
    private static double edge(TextLayout layout, int offset) {
        int n = layout.getCharacterCount();
        TextHitInfo hit = offset < n ? TextHitInfo.leading(offset) : TextHitInfo.trailing(n - 1);
        return layout.getCaretInfo(hit)[0];
    }

    private static Span span(TextLayout layout, int start, int end, double x) {
        if (start == end) return Span.NONE;
        Rectangle2D r = layout.getLogicalHighlightShape(start, end).getBounds2D();
        return new Span(x + r.getMinX(), x + r.getMaxX());
    }

    private static TextLayout layout(String text, int ms, int me, boolean rtl, Font font, FontRenderContext frc) {
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        s.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        if (me > ms) s.addAttribute(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON, ms, me);
        return new TextLayout(s.getIterator(), frc);
    }

    /** The start of the word after position i, or the limit if there is none before it. */
    private static int nextWordStart(String s, int i, int limit) {
        int space = s.indexOf(' ', i);
        return space < 0 || space + 1 >= limit ? limit : space + 1;
    }

    /** The end of the word before position j (the space after it), or the limit if there is none after it. */
    private static int previousWordEnd(String s, int j, int limit) {
        int space = s.lastIndexOf(' ', j - 1);
        return space <= limit ? limit : space;
    }

    /** Whether the text has more right-to-left letters (Arabic, Hebrew) than left-to-right ones. */
    static boolean rightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) rtl++;
            else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) ltr++;
        }
        return rtl >= ltr && rtl > 0;
    }

    // A renderer is painted, never laid out or listened to: as DefaultTableCellRenderer, skip the work.

    @Override
    public void invalidate() { }

    @Override
    public void validate() { }

    @Override
    public void revalidate() { }

    @Override
    public void repaint(long tm, int x, int y, int width, int height) { }

    @Override
    public void repaint(java.awt.Rectangle r) { }

    @Override
    protected void firePropertyChange(String propertyName, Object oldValue, Object newValue) { }

    @Override
    public boolean isOpaque() {
        return true;
    }
}
