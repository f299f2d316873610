package org.maqal.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.maqal.export.ExportOptions;
import org.maqal.export.Labels;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.VocabularyEntry;

/**
 * The student worksheet: title, a line for name, class and date, the total points, then each
 * section that has items with its instructions, its word bank and its items numbered through the
 * lesson. Page numbers in the footer. No answers and no teacher notes. Stateless.
 */
final class WorksheetWriter {
    byte[] write(Lesson lesson, ExportOptions options) {
        Labels labels = Labels.of(lesson.language());
        WordDocument doc = new WordDocument(labels, options, lesson.title());
        Layouts layouts = new Layouts(doc);
        layouts.title(lesson.title(), lesson);
        studentLine(doc, labels);
        int total = lesson.items().mapToInt(Item::points).sum();
        if (total > 0) {
            XWPFParagraph p = doc.paragraph();
            WordDocument.spacing(p, 60, 60);
            doc.text(p, labels.format("worksheet.total", labels.number(total)), Style.STRONG);
        }
        ItemNumbers numbers = new ItemNumbers(lesson, labels);
        StudentItems items = new StudentItems(doc, new SheetCharts(labels));
        for (Section section : lesson.sections()) {
            if (section.items().isEmpty()) continue;
            if (layouts.startsWide(section)) doc.startLandscape();
            layouts.heading(section, lesson.instructions(section));
            Item bankBefore = WorksheetWriter.bankBefore(section);
            for (List<Item> group : Layouts.groups(section.items())) {
                if (group.get(0) == bankBefore) WorksheetWriter.wordBank(doc, labels, section.wordBank());
                if (group.get(0) instanceof VocabularyEntry) {
                    layouts.vocabulary(group.stream().map(VocabularyEntry.class::cast).toList(), numbers, false);
                } else {
                    items.write(group.get(0), numbers.of(group.get(0)));
                }
            }
        }
        return doc.bytes();
    }

    /** Name, class and date with room to write, in one row without borders. */
    private static void studentLine(WordDocument doc, Labels labels) {
        WordTable table = new WordTable(doc, new double[] {46, 27, 27}, false);
        XWPFTableRow row = table.row();
        table.cell(row, 0, labels.get("worksheet.name") + ": ..................................", Style.BODY);
        table.cell(row, 1, labels.get("worksheet.class") + ": .................", Style.BODY);
        table.cell(row, 2, labels.get("worksheet.date") + ": .................", Style.BODY);
    }

    /**
     * The item the section's word bank goes just before: its first gap-fill, so the words sit by the
     * gaps they fill, else its first item; none when the section has no word bank.
     */
    static Item bankBefore(Section section) {
        if (section.wordBank().isEmpty() || section.items().isEmpty()) return null;
        return section.items().stream().filter(GapFill.class::isInstance).findFirst().orElse(section.items().get(0));
    }

    /**
     * The section's words in a tinted box, on the page of what follows; a paragraph before it keeps
     * it apart from a table just above (adjacent tables would merge into one).
     */
    static void wordBank(WordDocument doc, Labels labels, List<String> words) {
        XWPFParagraph gap = doc.paragraph();
        WordDocument.spacing(gap, 120, 0);
        WordDocument.keepNext(gap);
        WordTable table = new WordTable(doc, new double[] {1}, true);
        XWPFTableRow row = table.row();
        XWPFParagraph p = table.cell(row, 0, labels.get("wordbank") + ":   ", Style.STRONG);
        doc.text(p, String.join("   •   ", words), Style.BODY);
        table.shade(row, 0, WordTable.STUDENT_FILL);
        table.keepWithNext();
    }
}
