package org.maqal.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.maqal.export.Citations;
import org.maqal.export.ExportOptions;
import org.maqal.export.Labels;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.VocabularyEntry;

/**
 * The answer key: for every item, numbered as on the worksheet, its answer, the sentence it comes
 * from (article and sentence number, and the sentence where the corpus still has it), the teacher's
 * notes and its points; per section, what the generator left out and why. Stateless.
 */
final class AnswerKeyWriter {
    byte[] write(Lesson lesson, Citations citations, ExportOptions options) {
        Labels labels = Labels.of(lesson.language());
        String title = labels.format("key.title", lesson.title());
        WordDocument doc = new WordDocument(labels, options, title);
        Layouts layouts = new Layouts(doc);
        layouts.title(title, lesson);
        int total = lesson.items().mapToInt(Item::points).sum();
        XWPFParagraph totals = doc.paragraph();
        doc.text(totals, labels.format("key.total", labels.number(total)), Style.STRONG);
        ItemNumbers numbers = new ItemNumbers(lesson, labels);
        KeyItems items = new KeyItems(doc, citations, new SheetCharts(labels));
        for (Section section : lesson.sections()) {
            if (layouts.startsWide(section)) doc.startLandscape();
            layouts.heading(section, lesson.instructions(section));
            if (section.items().isEmpty()) doc.paragraph(labels.get("key.empty"), Style.NOTE);
            Item bankBefore = WorksheetWriter.bankBefore(section);
            for (List<Item> group : Layouts.groups(section.items())) {
                if (group.get(0) == bankBefore) WorksheetWriter.wordBank(doc, labels, section.wordBank());
                if (group.get(0) instanceof VocabularyEntry) {
                    layouts.vocabulary(group.stream().map(VocabularyEntry.class::cast).toList(), numbers, true);
                    for (Item entry : group) {
                        XWPFParagraph p = doc.paragraph();
                        WordDocument.spacing(p, 60, 0);
                        WordDocument.keepNext(p);
                        doc.text(p, numbers.of(entry) + ". " + entry.prompt(), Style.STRONG);
                        items.about(entry);
                    }
                } else {
                    items.write(group.get(0), numbers.of(group.get(0)));
                }
            }
            skipped(doc, labels, section);
        }
        return doc.bytes();
    }

    private static void skipped(WordDocument doc, Labels labels, Section section) {
        if (section.skipped().isEmpty()) return;
        XWPFParagraph head = doc.paragraph();
        WordDocument.spacing(head, 160, 20);
        doc.text(head, labels.get("key.skipped") + ":", Style.NOTE.asBold());
        for (String note : section.skipped()) {
            XWPFParagraph p = doc.paragraph(doc.direction(note));
            WordDocument.spacing(p, 0, 20);
            doc.text(p, "– " + note, Style.NOTE);
        }
    }
}
