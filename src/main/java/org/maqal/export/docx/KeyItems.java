package org.maqal.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.maqal.export.Citations;
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
import org.maqal.model.VocabularyEntry;

/**
 * Items as the answer key shows them: the prompt, the answer (the letter and text of the right
 * choice, the filled gap, the pairs, the order, the model answer and what else to accept, the
 * filled table), then where it comes from, the teacher's notes and the points.
 */
final class KeyItems {
    private final WordDocument doc;
    private final Labels labels;
    private final Layouts layouts;
    private final Citations citations;
    private final SheetCharts charts;

    KeyItems(WordDocument doc, Citations citations, SheetCharts charts) {
        this.doc = doc;
        this.labels = doc.labels();
        this.layouts = new Layouts(doc);
        this.citations = citations;
        this.charts = charts;
    }

    void write(Item item, String number) {
        boolean wide = item instanceof TableSheet t && layouts.wide(t);
        if (wide) doc.startLandscape();
        layouts.prompt(number, item instanceof GapFill g ? g.prompt().replace(GapFill.GAP, Layouts.GAP_LINE) : item.prompt(),
                item.points());
        if (item instanceof MultipleChoice mc) {
            answer("(" + labels.letter(mc.options().indexOf(mc.answer())) + ") " + mc.answer());
        } else if (item instanceof TrueFalse tf) {
            answer(labels.get(tf.answer() ? "choice.true" : "choice.false"));
        } else if (item instanceof GapFill gap) {
            answer(gap.answer());
        } else if (item instanceof Matching m) {
            matching(m);
        } else if (item instanceof Ordering o) {
            ordering(o);
        } else if (item instanceof ShortAnswer s) {
            answer(s.answer());
            if (!s.accepted().isEmpty()) line(labels.get("key.accepted"), String.join(labels.rightToLeft() ? "، " : ", ", s.accepted()), Style.BODY);
        } else if (item instanceof OpenQuestion q) {
            if (!q.guidance().isBlank()) line(labels.get("key.guidance"), q.guidance(), Style.BODY);
        } else if (item instanceof TableSheet t) {
            layouts.sheet(t, true, false);
            if (!t.studentColumns().isEmpty()) doc.paragraph(labels.get("key.shaded"), Style.NOTE);
            charts.place(doc, t, false);
        } else if (item instanceof VocabularyEntry v) {
            answer(v.gloss().isBlank() ? labels.get("key.noGloss") : v.gloss());
        }
        about(item);
        if (wide) doc.endLandscape();
    }

    /** Sources, notes and nothing else: the vocabulary table shows its entries' meanings itself. */
    void about(Item item) {
        List<String> sources = citations.quoted(item);
        if (sources.isEmpty()) {
            line(labels.get("key.source"), labels.get("key.noSource"), Style.SMALL);
        } else {
            line(labels.get(sources.size() == 1 ? "key.source" : "key.sources"), String.join(" — ", sources), Style.SMALL);
        }
        if (!item.notes().isBlank()) line(labels.get("key.notes"), item.notes(), Style.NOTE);
    }

    /** The answer, kept on the page of the source that follows it. */
    private void answer(String text) {
        WordDocument.keepNext(line(labels.get("key.answer"), text, Style.STRONG.colored("375623")));
    }

    /** "Label: text" in the lesson's direction, the label bold. */
    private XWPFParagraph line(String label, String text, Style style) {
        XWPFParagraph p = doc.paragraph();
        WordDocument.spacing(p, 20, 20);
        doc.text(p, label + ": ", style.asBold());
        doc.text(p, text, style);
        return p;
    }

    private void matching(Matching m) {
        WordTable table = new WordTable(doc, new double[] {42, 9, 49}, true);
        for (int i = 0; i < m.answer().size(); i++) {
            Matching.Pair pair = m.answer().get(i);
            int shown = m.options().indexOf(pair.right());
            XWPFTableRow row = table.row();
            table.labelled(row, 0, labels.number(i + 1) + ". " + pair.left(), Style.BODY);
            table.cell(row, 1, labels.letter(shown), Style.STRONG);
            table.cell(row, 2, pair.right(), Style.BODY);
            table.shade(row, 1, WordTable.STUDENT_FILL);
        }
        table.keepTogether();
    }

    /** The entries as the student saw them, each box holding its place in the right order. */
    private void ordering(Ordering o) {
        WordTable table = new WordTable(doc, new double[] {9, 91}, true);
        for (String entry : o.options()) {
            XWPFTableRow row = table.row();
            table.cell(row, 0, labels.number(o.answer().indexOf(entry) + 1), Style.STRONG);
            table.cell(row, 1, entry, Style.BODY);
            table.shade(row, 0, WordTable.STUDENT_FILL);
        }
        table.keepTogether();
    }
}
