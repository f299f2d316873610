package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.maqal.app.Concordance;
import org.maqal.text.ArabicNormalizer;

/** Reads what the concordance table draws on a hit's line, as the teacher sees it. */
final class HitLines {
    private HitLines() { }

    /** The line drawn in the row's hit cell at the cell's width, read on the Swing thread. */
    static KeywordInContext.Shown shown(JTable table, int row) {
        return GuiActionRunner.execute(() -> {
            Component c = table.prepareRenderer(table.getCellRenderer(row, 1), row, 1);
            c.setBounds(table.getCellRect(row, 1, false));
            return ((KeywordInContext) c).shown();
        });
    }

    /** The hit in the row, as the table holds it. */
    static Concordance.Hit hit(JTable table, int row) {
        return GuiActionRunner.execute(() -> (Concordance.Hit) table.getValueAt(row, 1));
    }

    /**
     * Checks that a row's line shows the hit as the query, with the text around it in the article:
     * words before it on the right and after it on the left for Arabic, the hit in the middle of the
     * cell, everything inside the cell.
     */
    static void assertShowsInContext(JTable table, int row, String query) {
        Concordance.Hit hit = hit(table, row);
        KeywordInContext.Shown line = shown(table, row);
        int width = GuiActionRunner.execute(() -> table.getCellRect(row, 1, false).width);
        assertThat(ArabicNormalizer.normalize(line.match()).replaceAll("\\s+", " ")).isEqualTo(ArabicNormalizer.normalize(query));
        assertThat(line.match()).isEqualTo(hit.match());
        String before = line.before().replaceFirst("^…", "");
        String after = line.after().replaceFirst("…$", "");
        assertThat(hit.before()).as("the words shown before the hit are the article's").endsWith(before);
        assertThat(hit.after()).as("the words shown after the hit are the article's").startsWith(after);
        if (!hit.before().replace("…", "").isBlank()) assertThat(before.strip()).as("some context before the hit").isNotEmpty();
        if (!hit.after().replace("…", "").isBlank()) assertThat(after.strip()).as("some context after the hit").isNotEmpty();
        assertThat(line.rightToLeft()).isTrue();
        KeywordInContext.Span m = line.matchAt();
        assertThat((m.from() + m.to()) / 2).as("the hit in the middle of the cell").isCloseTo(width / 2.0, org.assertj.core.data.Offset.offset(1.0));
        for (KeywordInContext.Span s : new KeywordInContext.Span[] {line.beforeAt(), m, line.afterAt()}) {
            if (s.width() > 0) assertThat(s.from()).as("nothing cut at the edges").isGreaterThanOrEqualTo(0);
            if (s.width() > 0) assertThat(s.to()).as("nothing cut at the edges").isLessThanOrEqualTo(width);
        }
        if (line.beforeAt().width() > 0) assertThat(line.beforeAt().from()).as("the words before on the right").isGreaterThanOrEqualTo(m.to() - 1);
        if (line.afterAt().width() > 0) assertThat(line.afterAt().to()).as("the words after on the left").isLessThanOrEqualTo(m.from() + 1);
    }
}
