package org.maqal.export.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maqal.corpus.AtomicFiles;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.Unreadable;
import org.maqal.model.Language;

/**
 * Writes a gradebook ({@code .xlsx}) from a {@link GradeReport}: one sheet per class with a row per
 * student (name, total, maximum, percentage, items waiting for the teacher, then the points of each
 * item), the items ordered hardest first for that class, and a row with the class's percentage per
 * item; a last sheet lists the files not graded and why. Labels are in the lesson's language, and
 * sheets of an Arabic lesson run right to left. Thread-safe; stateless.
 */
public final class GradebookWriter {
    static {
        // POI logs through the Log4j 2 API, which complains on standard error when it finds no
        // logging implementation. Unless the application chose one, use the API's own simple logger.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /**
     * Writes the gradebook to the file, atomically, creating its folder.
     *
     * @throws IOException when the file cannot be written; a file there before is then intact
     */
    public void write(GradeReport report, Path file) throws IOException {
        write(report, file, Unreadable::reason);
    }

    /**
     * Writes the gradebook as {@link #write(GradeReport, Path)} does, saying why a file was not graded
     * with {@code reasons} (in the gradebook's language) rather than the English sentence.
     *
     * @throws IOException when the file cannot be written; a file there before is then intact
     */
    public void write(GradeReport report, Path file, Function<Unreadable, String> reasons) throws IOException {
        Objects.requireNonNull(reasons, "reasons");
        ResourceBundle labels = ResourceBundle.getBundle("org.maqal.export.gradebook.Gradebook",
                report.lesson().language() == Language.AR ? Locale.forLanguageTag("ar") : Locale.ROOT);
        boolean rtl = report.lesson().language() == Language.AR;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            GradebookStyles styles = new GradebookStyles(book);
            Set<String> names = new HashSet<>();
            for (String className : report.classes()) {
                String title = className.isBlank() ? labels.getString("noClass") : className;
                XSSFSheet sheet = book.createSheet(sheetName(title, names));
                sheet.setRightToLeft(rtl);
                new ClassSheet(report, report.inClass(className), labels, styles).fill(sheet, title);
            }
            if (!report.unreadable().isEmpty() || report.classes().isEmpty()) {
                XSSFSheet sheet = book.createSheet(sheetName(labels.getString("notGraded"), names));
                sheet.setRightToLeft(rtl);
                notGraded(sheet, report.unreadable(), reasons, labels, styles);
            }
            book.write(bytes);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void notGraded(XSSFSheet sheet, List<Unreadable> files, Function<Unreadable, String> reasons, ResourceBundle labels,
                                  GradebookStyles styles) {
        styles.text(sheet.createRow(0), 0, labels.getString("file"), styles.header());
        styles.text(sheet.getRow(0), 1, labels.getString("reason"), styles.header());
        for (int i = 0; i < files.size(); i++) {
            var row = sheet.createRow(i + 1);
            styles.text(row, 0, files.get(i).file().getFileName().toString(), styles.plain());
            styles.text(row, 1, reasons.apply(files.get(i)), styles.plain());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** A sheet name Excel accepts (at most 31 characters, no []:*?/\), not used yet in this book. */
    private static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
