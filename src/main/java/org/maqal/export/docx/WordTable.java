package org.maqal.export.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A table across the text width with fixed column widths and its {@code w:tblGrid}, laid out in the
 * lesson's direction: right to left ({@code w:bidiVisual}) in a right-to-left document so that its
 * first column is on the right, and explicitly left to right ({@code w:bidiVisual w:val="0"})
 * otherwise, because LibreOffice mirrors a table that does not say its direction when its first
 * cell holds Arabic (an English lesson's matching table starts with an Arabic word). Thin borders,
 * or none for layout tables. Rows never split across pages; a header row repeats on each page.
 * Not thread-safe.
 */
final class WordTable {
    static final String HEADER_FILL = "D9E2F3";
    static final String STUDENT_FILL = "F2F2F2";
    /** Left and right cell margin of a crowded table, in twips (Word's default is 108). */
    static final int CROWDED_MARGIN = 45;

    private final WordDocument doc;
    private final XWPFTable table;
    private final int[] widths;
    private boolean firstRowUsed;

    /**
     * A table whose columns share the text width in proportion to {@code weights}, first column
     * first (on the right in a right-to-left document).
     */
    WordTable(WordDocument doc, double[] weights, boolean borders) {
        this.doc = doc;
        this.table = doc.table(weights.length);
        this.widths = widths(weights, doc.textWidth());
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        direction(pr, doc.labels().rightToLeft());
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(doc.textWidth()));
        if (pr.isSetTblBorders()) pr.unsetTblBorders();
        borders(pr.addNewTblBorders(), borders);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        grid();
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) cellWidth(cell, table.getRow(0).getTableCells().indexOf(cell));
    }

    /** Narrows the cells' left and right margins, for a table with many columns. */
    void crowded() {
        CTTblPr pr = table.getCTTbl().getTblPr();
        var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(CROWDED_MARGIN));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(CROWDED_MARGIN));
        margins.getRight().setType(STTblWidth.DXA);
    }

    /** A new row (the first call returns the row the table was made with). */
    XWPFTableRow row() {
        XWPFTableRow row;
        if (!firstRowUsed) {
            firstRowUsed = true;
            row = table.getRow(0);
        } else {
            row = table.createRow();
        }
        CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        trPr.addNewCantSplit();
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < cells.size(); i++) cellWidth(cells.get(i), i);
        return row;
    }

    /** A header row: bold texts on a tinted ground, repeated at the top of each page. */
    XWPFTableRow header(List<String> texts) {
        return header(texts, Style.TABLE_HEADER);
    }

    /** A header row in a style of its own (a smaller one for a crowded sheet). */
    XWPFTableRow header(List<String> texts, Style style) {
        XWPFTableRow row = row();
        row.getCtRow().getTrPr().addNewTblHeader();
        for (int i = 0; i < texts.size(); i++) {
            cell(row, i, texts.get(i), style);
            shade(row, i, HEADER_FILL);
        }
        return row;
    }

    /** Writes text into a cell's paragraph, in the text's direction. */
    XWPFParagraph cell(XWPFTableRow row, int column, String text, Style style) {
        return cell(row, column, text, style, doc.direction(text));
    }

    /**
     * Writes text that starts with a label the document adds ("1. word", "(a) entry") into a cell's
     * paragraph in the lesson's direction, so the label comes first in the lesson's reading order
     * whatever the language of the word after it.
     */
    XWPFParagraph labelled(XWPFTableRow row, int column, String text, Style style) {
        return cell(row, column, text, style, doc.labels().rightToLeft());
    }

    private XWPFParagraph cell(XWPFTableRow row, int column, String text, Style style, boolean rtl) {
        XWPFTableCell cell = row.getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (rtl && !WordDocument.pPr(p).isSetBidi()) WordDocument.pPr(p).addNewBidi();
        WordDocument.spacing(p, 20, 20);
        doc.text(p, text, style);
        return p;
    }

    /** Tints a cell. */
    void shade(XWPFTableRow row, int column, String fill) {
        CTTcPr pr = tcPr(row.getCell(column));
        var shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    /** Makes a row at least this tall (room to write), in twips. */
    static void minHeight(XWPFTableRow row, int twips) {
        var height = row.getCtRow().getTrPr().addNewTrHeight();
        height.setVal(BigInteger.valueOf(twips));
        height.setHRule(STHeightRule.AT_LEAST);
    }

    /** Keeps the whole table on the page of what follows it (a chart under a short table). */
    void keepWithNext() {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    if (!WordDocument.pPr(p).isSetKeepNext()) WordDocument.pPr(p).addNewKeepNext();
                }
            }
        }
    }

    /** Keeps the rows on one page (a short matching or ordering exercise is not split). */
    void keepTogether() {
        List<XWPFTableRow> rows = table.getRows();
        for (XWPFTableRow row : rows.subList(0, rows.size() - 1)) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    if (!WordDocument.pPr(p).isSetKeepNext()) WordDocument.pPr(p).addNewKeepNext();
                }
            }
        }
    }

    /** Centres the cells of a row vertically. */
    void middle(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
    }

    /** Says the table's direction: visually right to left, or explicitly not. */
    private static void direction(CTTblPr pr, boolean rightToLeft) {
        CTOnOff bidiVisual = pr.addNewBidiVisual();
        if (!rightToLeft) bidiVisual.setVal(STOnOff1.OFF);
    }

    private void grid() {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    private void cellWidth(XWPFTableCell cell, int column) {
        CTTcPr pr = tcPr(cell);
        var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(widths[column]));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void borders(CTTblBorders b, boolean visible) {
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(visible ? STBorder.SINGLE : STBorder.NONE);
            border.setSz(BigInteger.valueOf(visible ? 4 : 0));
            border.setSpace(BigInteger.ZERO);
            border.setColor(visible ? "808080" : "auto");
        }
    }

    private static int[] widths(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] out = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = i == weights.length - 1 ? total - used : (int) Math.round(total * weights[i] / sum);
            used += out[i];
        }
        return out;
    }
}
