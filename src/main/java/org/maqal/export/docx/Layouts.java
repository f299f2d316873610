package org.maqal.export.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.maqal.export.Labels;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.TableSheet;
import org.maqal.model.VocabularyEntry;

/**
 * Pieces both the worksheet and the answer key are made of: the title block, section headings, a
 * question's numbered prompt, lettered choices, the vocabulary table and sheet tables.
 */
final class Layouts {
    static final String GAP_LINE = "______________";
    private static final int SHORT_CHOICE = 28;
    /** A sheet of at most this many rows is kept on one page. */
    private static final int SHORT_SHEET = 6;

    private final WordDocument doc;
    private final Labels labels;

    Layouts(WordDocument doc) {
        this.doc = doc;
        this.labels = doc.labels();
    }

    /** The lesson title, centred, and the articles it is built from. */
    void title(String title, Lesson lesson) {
        XWPFParagraph p = doc.paragraph(doc.direction(title));
        p.setStyle(DocumentStyles.TITLE);
        WordDocument.center(p);
        WordDocument.spacing(p, 0, 120);
        doc.text(p, title, Style.TITLE);
        List<String> titles = lesson.articles().stream().map(a -> a.title().isBlank() ? a.id() : a.title()).toList();
        if (!titles.isEmpty()) {
            XWPFParagraph based = doc.paragraph();
            WordDocument.center(based);
            WordDocument.spacing(based, 0, 200);
            doc.text(based, labels.get("worksheet.basedOn") + ": " + String.join(labels.rightToLeft() ? "؛ " : "; ", titles), Style.SMALL);
        }
    }

    /** A section heading with its instructions in the lesson's language. */
    void heading(Section section, String instructions) {
        XWPFParagraph h = doc.paragraph();
        h.setStyle(DocumentStyles.HEADING);
        WordDocument.spacing(h, 280, 80);
        WordDocument.keepNext(h);
        doc.text(h, labels.get("section." + section.kind().name()), Style.HEADING);
        if (!instructions.isBlank()) {
            XWPFParagraph i = doc.paragraph(doc.direction(instructions));
            WordDocument.keepNext(i);
            WordDocument.spacing(i, 0, 120);
            doc.text(i, instructions, Style.INSTRUCTIONS);
        }
    }

    /** A question: its number, its prompt and, when it is scored, its points (never broken over two lines). */
    XWPFParagraph prompt(String number, String prompt, int points) {
        XWPFParagraph p = doc.paragraph(doc.direction(prompt));
        WordDocument.spacing(p, 160, 60);
        WordDocument.keepNext(p);
        doc.text(p, number + ". ", Style.STRONG);
        doc.text(p, prompt, Style.BODY);
        if (points > 0) {
            doc.text(p, "  ", Style.SMALL);
            doc.isolated(p, labels.format("worksheet.points", labels.number(points)).replace(' ', '\u00A0'), Style.SMALL);
        }
        return p;
    }

    /** Lettered choices: side by side when they are short, else one to a line. */
    void choices(List<String> options) {
        List<String> lettered = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) lettered.add("(" + labels.letter(i) + ") " + options.get(i));
        boolean compact = options.size() <= 4 && options.stream().allMatch(o -> o.length() <= SHORT_CHOICE);
        if (compact) {
            double[] weights = new double[options.size()];
            java.util.Arrays.fill(weights, 1);
            WordTable table = new WordTable(doc, weights, false);
            XWPFTableRow row = table.row();
            for (int i = 0; i < lettered.size(); i++) table.cell(row, i, lettered.get(i), Style.BODY);
        } else {
            for (String choice : lettered) {
                XWPFParagraph p = doc.paragraph(doc.direction(choice));
                WordDocument.spacing(p, 0, 40);
                WordDocument.keepNext(p);
                doc.text(p, "    " + choice, Style.BODY);
            }
        }
    }

    /** The vocabulary entries as a table: number, word, other forms, sentence, meaning (blank unless shown). */
    void vocabulary(List<VocabularyEntry> entries, ItemNumbers numbers, boolean withMeanings) {
        WordTable table = new WordTable(doc, new double[] {4, 14, 17, 43, 22}, true);
        table.header(List.of(labels.get("table.number"), labels.get("vocab.word"), labels.get("vocab.forms"),
                labels.get("vocab.example"), labels.get("vocab.meaning")));
        for (VocabularyEntry e : entries) {
            XWPFTableRow row = table.row();
            table.cell(row, 0, numbers.of(e), Style.TABLE);
            table.cell(row, 1, e.prompt(), Style.TABLE_HEADER);
            table.cell(row, 2, String.join(labels.rightToLeft() ? "، " : ", ", e.forms()), Style.TABLE);
            table.cell(row, 3, e.example(), Style.TABLE);
            if (withMeanings) {
                table.cell(row, 4, e.gloss().isBlank() ? labels.get("key.noGloss") : e.gloss(),
                        e.gloss().isBlank() ? Style.NOTE : Style.TABLE);
            } else {
                table.cell(row, 4, "", Style.TABLE);
                WordTable.minHeight(row, 560);
            }
        }
    }

    /** Whether a section opens with a sheet too wide for portrait, so its heading goes on landscape pages too. */
    boolean startsWide(Section section) {
        return !section.items().isEmpty() && section.items().get(0) instanceof TableSheet t && wide(t);
    }

    /**
     * Whether a sheet is too wide for portrait pages: its columns, each as wide as its longest word,
     * do not fit between the portrait margins (a claim-tracking sheet, a framing table).
     */
    boolean wide(TableSheet sheet) {
        Grid grid = grid(sheet);
        return !ColumnWidths.fits(grid.headers(), grid.rows(), doc.portraitWidth(), 1);
    }

    /** A sheet's header and reference rows as the table shows them, and the columns students write in. */
    private record Grid(List<String> headers, List<List<String>> rows, List<Integer> writing, int shift) {
    }

    private Grid grid(TableSheet sheet) {
        int shift = numbersItsRows(sheet) ? 0 : 1;
        List<String> headers = new ArrayList<>();
        if (shift == 1) headers.add(labels.get("table.number"));
        headers.addAll(sheet.columns());
        List<List<String>> measured = new ArrayList<>();
        for (int r = 0; r < sheet.answer().size(); r++) {
            List<String> cells = new ArrayList<>();
            if (shift == 1) cells.add(labels.number(r + 1));
            cells.addAll(sheet.answer().get(r));
            measured.add(cells);
        }
        return new Grid(headers, measured, sheet.studentColumns().stream().map(c -> c + shift).toList(), shift);
    }

    /**
     * A comparison or claim sheet as a table with a header row and a row number column (the sheet's
     * own when its first column numbers the rows, as the claim sheet's "#" that other rows cite);
     * the student's columns are blank (worksheet) or filled and tinted (key). A sheet whose words
     * do not fit across the page at the table size is set a size smaller, with narrower cell margins,
     * rather than broken mid-word. A short sheet is kept on one page.
     */
    void sheet(TableSheet sheet, boolean filled, boolean keepWithNext) {
        int columns = sheet.columns().size();
        Grid grid = grid(sheet);
        int shift = grid.shift();
        boolean fits = ColumnWidths.fits(grid.headers(), grid.rows(), doc.textWidth(), 1);
        double scale = fits ? 1 : (double) Style.TABLE_SMALL.arabicSize() / Style.TABLE.arabicSize();
        Style text = fits ? Style.TABLE : Style.TABLE_SMALL;
        WordTable table = new WordTable(doc, fits ? ColumnWidths.of(grid.headers(), grid.rows(), grid.writing(), doc.textWidth())
                : ColumnWidths.of(grid.headers(), grid.rows(), grid.writing(), doc.textWidth(), scale, ColumnWidths.CROWDED_PADDING), true);
        if (!fits) table.crowded();
        table.header(grid.headers(), fits ? Style.TABLE_HEADER : Style.TABLE_SMALL.asBold());
        List<List<String>> rows = filled ? sheet.answer() : sheet.givenRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.row();
            if (shift == 1) table.cell(row, 0, labels.number(r + 1), text);
            for (int c = 0; c < columns; c++) {
                table.cell(row, c + shift, rows.get(r).get(c), text);
                if (filled && sheet.isStudentColumn(c)) table.shade(row, c + shift, WordTable.STUDENT_FILL);
            }
            if (!filled && !sheet.studentColumns().isEmpty()) WordTable.minHeight(row, 900);
        }
        if (keepWithNext) table.keepWithNext();
        else if (rows.size() <= SHORT_SHEET) table.keepTogether();
    }

    /** Whether the sheet's first column holds its row numbers, 1 to the last row, and the student does not fill it. */
    static boolean numbersItsRows(TableSheet sheet) {
        if (sheet.answer().isEmpty() || sheet.isStudentColumn(0)) return false;
        for (int r = 0; r < sheet.answer().size(); r++) {
            if (!isNumber(sheet.answer().get(r).get(0).strip(), r + 1)) return false;
        }
        return true;
    }

    /** Whether a cell is this number, in Western or Arabic-Indic digits. */
    private static boolean isNumber(String cell, int n) {
        return SheetCharts.asciiDigits(cell).equals(String.valueOf(n));
    }

    /** Runs of consecutive vocabulary entries are shown as one table; other items one by one. */
    static List<List<Item>> groups(List<Item> items) {
        List<List<Item>> groups = new ArrayList<>();
        for (Item item : items) {
            boolean vocabulary = item instanceof VocabularyEntry;
            if (vocabulary && !groups.isEmpty() && groups.get(groups.size() - 1).get(0) instanceof VocabularyEntry) {
                groups.get(groups.size() - 1).add(item);
            } else {
                groups.add(new ArrayList<>(List.of(item)));
            }
        }
        return groups;
    }
}
