package org.maqal.export.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.maqal.analysis.NumberReader;
import org.maqal.export.Labels;
import org.maqal.export.chart.FiguresChart;
import org.maqal.model.TableSheet;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.Numerals;

/**
 * Finds, in a comparison sheet, a figure the articles report at different dates (a column of
 * dates and a column of numbers such as "500 عنصر" or "4 آلاف"), and places it under the table as
 * a chart with a caption. On the student's copy only columns the student is not asked to fill are
 * drawn, so the chart never gives an answer away.
 */
final class SheetCharts {
    private static final Pattern DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?:-([01]?[0-9]))?(?![0-9])");
    private static final int WIDTH_POINTS = 400;
    private static final int HEIGHT_POINTS = 190;

    private final Labels labels;
    private final NumberReader numbers = NumberReader.standard();

    SheetCharts(Labels labels) {
        this.labels = labels;
    }

    /** A figure column and its points, by row. */
    record Series(String column, List<FiguresChart.Point> points) {
    }

    /** Places the chart of the sheet, if it has one, with its caption. */
    void place(WordDocument doc, TableSheet sheet, boolean studentCopy) {
        Optional<Series> series = series(sheet, studentCopy);
        if (series.isEmpty()) return;
        byte[] png = FiguresChart.png(series.get().points(), WIDTH_POINTS * 3, HEIGHT_POINTS * 3);
        doc.picture(png, "figures-" + sheet.id() + ".png", WIDTH_POINTS, HEIGHT_POINTS);
        XWPFParagraph caption = doc.paragraph();
        WordDocument.center(caption);
        doc.text(caption, labels.format("chart.caption", series.get().column()), Style.NOTE);
    }

    /** The first column of figures that two or more dated rows report, if any. */
    Optional<Series> series(TableSheet sheet, boolean studentCopy) {
        int dateColumn = -1;
        for (int c = 0; c < sheet.columns().size() && dateColumn < 0; c++) {
            if (studentCopy && sheet.isStudentColumn(c)) continue;
            final int col = c;
            if (sheet.answer().stream().filter(row -> date(row.get(col)).isPresent()).count() >= 2) dateColumn = c;
        }
        if (dateColumn < 0) return Optional.empty();
        for (int c = 0; c < sheet.columns().size(); c++) {
            if (c == dateColumn || (studentCopy && sheet.isStudentColumn(c))) continue;
            List<FiguresChart.Point> points = new ArrayList<>();
            Set<Double> dates = new HashSet<>();
            for (int r = 0; r < sheet.answer().size(); r++) {
                List<String> row = sheet.answer().get(r);
                Optional<Double> when = date(row.get(dateColumn));
                Optional<Double> value = figure(row.get(c));
                if (when.isPresent() && value.isPresent()) {
                    points.add(new FiguresChart.Point(when.get(), value.get(), labels.number(r + 1)));
                    dates.add(when.get());
                }
            }
            if (points.size() >= 2 && dates.size() >= 2) return Optional.of(new Series(sheet.columns().get(c), points));
        }
        return Optional.empty();
    }

    /** A date such as "2021-03" or "2011" as a decimal year. */
    static Optional<Double> date(String cell) {
        String ascii = asciiDigits(cell.strip());
        Matcher m = DATE.matcher(ascii);
        if (!m.find() || ascii.length() > 16) return Optional.empty();
        double year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) year += (Integer.parseInt(m.group(2)) - 1) / 12.0;
        return Optional.of(year);
    }

    /**
     * The first figure in a cell, scale words applied ("4 آلاف عنصر" is 4000): a number followed by
     * what it counts. Not a bare year, and not the number that ends a label ("المقال 2", a row
     * number), which counts nothing.
     */
    Optional<Double> figure(String cell) {
        String normal = ArabicNormalizer.normalize(asciiDigits(cell.strip()))
                .replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})", " ").replaceAll("[،,:]", " $0 ");
        if (normal.isBlank()) return Optional.empty();
        List<String> tokens = List.of(normal.strip().split("\\s+"));
        for (int i = 0; i < tokens.size(); i++) {
            Optional<NumberReader.Reading> reading = numbers.read(tokens, i);
            int after = i + reading.map(NumberReader.Reading::length).orElse(0);
            boolean counts = after < tokens.size() && Character.isLetter(tokens.get(after).charAt(0));
            if (reading.isPresent() && counts && (!reading.get().spelled() || reading.get().scaled())) {
                double v = reading.get().value();
                if (date(cell).isPresent() && v >= 1900 && v <= 2100) return Optional.empty();
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The text with Arabic-Indic and Persian digits as Western ones. */
    static String asciiDigits(String s) {
        return Numerals.western(s);
    }
}
