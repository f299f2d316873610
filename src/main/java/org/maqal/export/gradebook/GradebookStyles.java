package org.maqal.export.gradebook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one gradebook, made once per workbook, and helpers that fill cells with them. */
final class GradebookStyles {
    /** A font with Arabic and Latin glyphs on Windows, macOS and LibreOffice. */
    static final String FONT = "Arial";

    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle points;
    private final CellStyle percent;
    private final CellStyle average;

    GradebookStyles(XSSFWorkbook book) {
        XSSFFont font = book.createFont();
        font.setFontName(FONT);
        XSSFFont bold = book.createFont();
        bold.setFontName(FONT);
        bold.setBold(true);
        XSSFFont big = book.createFont();
        big.setFontName(FONT);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        short percentFormat = book.createDataFormat().getFormat("0%");

        plain = book.createCellStyle();
        plain.setFont(font);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);
        title = book.createCellStyle();
        title.setFont(big);
        points = book.createCellStyle();
        points.setFont(font);
        percent = book.createCellStyle();
        percent.setFont(font);
        percent.setDataFormat(percentFormat);
        average = book.createCellStyle();
        average.setFont(bold);
        average.setDataFormat(percentFormat);
        average.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        average.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    CellStyle plain() { return plain; }
    CellStyle header() { return header; }
    CellStyle title() { return title; }
    CellStyle percent() { return percent; }
    CellStyle average() { return average; }

    void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Points, rounded to two decimals and shown without trailing zeros (1⅔ shows as 1.67, 19 as 19). */
    void points(Row row, int column, double value) {
        number(row, column, Math.round(value * 100) / 100.0, points);
    }
}
