package org.maqal.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.maqal.export.Labels;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;

/**
 * Items as the student sees them on the worksheet: the prompt, and room to answer sized to the
 * item: choices to circle, boxes to tick or number, lines to write on, a table to fill in.
 */
final class StudentItems {
    private static final String BOX = "□";

    private final WordDocument doc;
    private final Labels labels;
    private final Layouts layouts;
    private final SheetCharts charts;

    StudentItems(WordDocument doc, SheetCharts charts) {
        this.doc = doc;
        this.labels = doc.labels();
        this.layouts = new Layouts(doc);
        this.charts = charts;
    }

    void write(Item item, String number) {
        if (item instanceof MultipleChoice mc) {
            layouts.prompt(number, mc.prompt(), mc.points());
            layouts.choices(mc.options());
        } else if (item instanceof TrueFalse tf) {
            layouts.prompt(number, tf.prompt(), tf.points());
            XWPFParagraph p = doc.paragraph();
            WordDocument.spacing(p, 40, 80);
            doc.text(p, "      " + BOX + " " + labels.get("choice.true") + "          " + BOX + " " + labels.get("choice.false"), Style.BODY);
        } else if (item instanceof GapFill gap) {
            layouts.prompt(number, gap.prompt().replace(GapFill.GAP, Layouts.GAP_LINE), gap.points());
            if (!gap.options().isEmpty()) layouts.choices(gap.options());
        } else if (item instanceof Matching m) {
            matching(m, number);
        } else if (item instanceof Ordering o) {
            ordering(o, number);
        } else if (item instanceof ShortAnswer s) {
            layouts.prompt(number, s.prompt(), s.points());
            lines(s.answer().length() > 30 ? 2 : 1);
        } else if (item instanceof OpenQuestion q) {
            layouts.prompt(number, q.prompt(), q.points());
            lines(Math.max(3, Math.min(8, 2 + q.points())));
        } else if (item instanceof TableSheet t) {
            boolean wide = layouts.wide(t);
            if (wide) doc.startLandscape();
            layouts.prompt(number, t.prompt(), t.points());
            boolean chart = charts.series(t, true).isPresent();
            layouts.sheet(t, false, chart && t.answer().size() <= 8);
            charts.place(doc, t, true);
            if (wide) doc.endLandscape();
        } else {
            throw new IllegalArgumentException("vocabulary entries are laid out as a table, not one by one: " + item.id());
        }
    }

    /**
     * Numbered words first in the lesson's reading order (on the right in an Arabic lesson, on the
     * left in an English one), lettered entries on the other side, a box between for the letter.
     */
    private void matching(Matching m, String number) {
        layouts.prompt(number, m.prompt(), m.points());
        WordTable table = new WordTable(doc, new double[] {42, 9, 49}, true);
        List<Matching.Pair> pairs = m.answer();
        int rows = Math.max(pairs.size(), m.options().size());
        for (int i = 0; i < rows; i++) {
            XWPFTableRow row = table.row();
            table.labelled(row, 0, i < pairs.size() ? labels.number(i + 1) + ". " + pairs.get(i).left() : "", Style.BODY);
            table.cell(row, 1, "", Style.BODY);
            table.labelled(row, 2, i < m.options().size() ? "(" + labels.letter(i) + ") " + m.options().get(i) : "", Style.BODY);
            table.middle(row);
            WordTable.minHeight(row, 480);
        }
        table.keepTogether();
    }

    /** The entries as shown, each with a box for its place in the order. */
    private void ordering(Ordering o, String number) {
        layouts.prompt(number, o.prompt(), o.points());
        WordTable table = new WordTable(doc, new double[] {9, 91}, true);
        for (String entry : o.options()) {
            XWPFTableRow row = table.row();
            table.cell(row, 0, "", Style.BODY);
            table.cell(row, 1, entry, Style.BODY);
            table.middle(row);
            WordTable.minHeight(row, 480);
        }
        table.keepTogether();
    }

    private void lines(int count) {
        for (int i = 0; i < count; i++) doc.answerLine();
    }
}
