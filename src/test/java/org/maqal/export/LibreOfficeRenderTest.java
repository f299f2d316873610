package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.export.docx.WordExport;
import org.maqal.model.Lesson;
import org.maqal.testing.Seeds;

/**
 * The exported documents opened in LibreOffice (a real word processor) and printed to PDF, as a
 * teacher would print them: the Arabic reads in logical order, numbers and years are not reversed,
 * Latin words are intact, and the fonts asked for are the ones used.
 */
class LibreOfficeRenderTest {
    private static final String NOTO = "Noto Naskh Arabic";

    @TempDir
    static Path dir;
    private static Rendered worksheet;
    private static Rendered key;
    private static Rendered handout;
    private static Rendered english;
    private static Rendered noto;
    private static Halves worksheetHalves;
    private static Halves englishHalves;

    /** A printed document: its text, the fonts used, for each page whether it is landscape, and each page's text. */
    record Rendered(String text, Set<String> fonts, List<Boolean> landscapePages, List<String> pages) {
    }

    @BeforeAll
    static void render() throws Exception {
        Path soffice = LibreOffice.require();
        Lesson lesson = ExportFixtures.lesson();
        SourceSentences texts = SourceSentences.of(lesson, Seeds.corpus().articles());
        WordExport word = new WordExport(ExportOptions.defaults());
        List<Path> docs = List.of(
                write("worksheet.docx", word.worksheet(lesson)),
                write("key.docx", word.answerKey(lesson, texts)),
                write("handout.docx", word.handout(lesson, texts)),
                write("english.docx", word.worksheet(ExportFixtures.english())),
                write("noto.docx", new WordExport(ExportOptions.defaults().withFont(NOTO)).worksheet(lesson)));
        List<Path> pdfs = LibreOffice.toPdf(soffice, docs, Files.createDirectories(dir.resolve("pdf")));
        worksheet = read(pdfs.get(0));
        key = read(pdfs.get(1));
        handout = read(pdfs.get(2));
        english = read(pdfs.get(3));
        noto = read(pdfs.get(4));
        worksheetHalves = halves(pdfs.get(0));
        englishHalves = halves(pdfs.get(3));
    }

    /** What a printed document shows on the left half and on the right half of its pages. */
    record Halves(String left, String right) {
    }

    @Test
    void arabicPromptsReadInLogicalOrder() {
        assertThat(worksheet.text()).contains(normal(ExportFixtures.MC_PROMPT), normal("رتّب الأحداث من الأقدم إلى الأحدث."),
                normal("صِل كل كلمة بمعناها بالإنجليزية (English)."), normal("لماذا يشدد الناتو على أن مهمته «غير قتالية»؟"),
                normal("الاسم:"), normal("المجموع: ٢١ درجة"), normal("بعثة الناتو في العراق: 2011 - 2024"));
        assertThat(key.text()).contains(normal("الإجابة: (ب) 500 عنصر"), normal("الإجابة: بروكسل"), normal("مفتاح الإجابة"));
        assertThat(english.text()).contains("Answer the questions.", normal(ExportFixtures.MC_PROMPT));
    }

    @Test
    void yearsNumbersAndLatinWordsAreNotReversed() {
        assertThat(worksheet.text()).contains("2011", "2004", "2020", "2025", "500", "300", "NATO", "English")
                .doesNotContain("1102", "4002", "0202", "5202", "OTAN", "hsilgnE");
        assertThat(handout.text()).contains("17.7", "2004", "115", "19").doesNotContain("7.71", "511");
        assertThat(key.text()).contains("2021-03", "2024-10").doesNotContain("30-1202", "03-2021");
    }

    @Test
    void theFontAskedForIsTheFontUsed() {
        assertThat(worksheet.fonts()).as("Arial or, on Linux, its metric twin Liberation Sans")
                .anyMatch(f -> f.contains("Arial") || f.contains("LiberationSans"));
        boolean notoInstalled = fontInstalled(NOTO);
        if (!notoInstalled && "true".equalsIgnoreCase(System.getenv("CI"))) fail(NOTO + " is not installed; .ci/run installs fonts-noto-core");
        if (notoInstalled) assertThat(noto.fonts()).anyMatch(f -> f.contains("NotoNaskhArabic"));
    }

    /**
     * The matching exercise (numbered Arabic words, lettered English glosses) reads in the lesson's
     * direction: in the English worksheet the numbered words are on the left and the glosses on the
     * right; in the Arabic worksheet the other way round.
     */
    @Test
    void matchingPutsTheNumberedWordsFirstInTheLessonsReadingOrder() {
        assertThat(numbered(englishHalves.left(), "1", "المشورة")).as("English: numbered words on the left").isTrue();
        assertThat(englishHalves.right()).as("English: glosses on the right").contains("a withdrawal", "b advice");
        assertThat(englishHalves.left()).doesNotContain("withdrawal", "advice");
        assertThat(numbered(worksheetHalves.right(), "١", "المشورة")).as("Arabic: numbered words on the right").isTrue();
        assertThat(worksheetHalves.left()).as("Arabic: glosses on the left").contains("withdrawal", "advice");
        assertThat(worksheetHalves.right()).doesNotContain("withdrawal", "advice");
    }

    /** Whether the text holds the word with its number ("1. word"; a PDF may give it as "word .1"). */
    private static boolean numbered(String text, String number, String word) {
        return text.contains(number + ". " + word) || text.contains(word + " ." + number);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static Rendered read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            Set<String> fonts = new TreeSet<>();
            List<Boolean> landscape = new java.util.ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                }
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normal(stripper.getText(doc)));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(Integer.MAX_VALUE);
            return new Rendered(normal(stripper.getText(doc)), fonts, landscape, pages);
        }
    }

    /** The text of the left and of the right half of every page, each normalised as {@link #normal}. */
    static Halves halves(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StringBuilder left = new StringBuilder();
            StringBuilder right = new StringBuilder();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                stripper.addRegion("left", new Rectangle2D.Float(0, 0, width / 2, height));
                stripper.addRegion("right", new Rectangle2D.Float(width / 2, 0, width / 2, height));
                stripper.extractRegions(page);
                left.append(stripper.getTextForRegion("left"));
                right.append(stripper.getTextForRegion("right"));
            }
            return new Halves(normal(left.toString()), normal(right.toString()));
        }
    }

    /**
     * Text as it can be compared after a trip through a PDF (the prompts asserted on have no
     * tanween on a final alef: PDF text extraction places that mark's glyph as a word of its own): presentation forms folded (NFKC),
     * vowel marks, direction marks and brackets (which a PDF holds mirrored) left out, spaces
     * collapsed.
     */
    static String normal(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || "()[]«»\"".indexOf(c) >= 0) continue;
            out.append(Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c);
        }
        return out.toString().replaceAll(" +", " ");
    }

    private static boolean fontInstalled(String family) {
        try {
            Process p = new ProcessBuilder("fc-list", ":family=" + family, "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.contains(family);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
