package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.exercise.SeedLessons;
import org.maqal.export.docx.WordExport;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;
import org.maqal.model.TableSheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Worksheets of lessons generated from the seed corpus, as a teacher prints them: the comparison
 * and claim sheets of all five articles, and the claim sheet of one article. Page numbers on every
 * page, the claim sheet on landscape pages with whole words in its headers and one row-number
 * column, tables that fit portrait kept portrait, no chart of row numbers, a chart with its caption.
 */
class GeneratedLessonPrintTest {
    private static final String TRACK = "تصريحات";

    @TempDir
    static Path dir;
    private static Lesson all;
    private static Lesson one;
    private static byte[] allWorksheet;
    private static byte[] oneWorksheet;

    @BeforeAll
    static void export() {
        all = lesson(List.of(), EnumSet.of(SectionKind.COMPARISON, SectionKind.CLAIMS));
        one = lesson(List.of(SeedLessons.id("003")), EnumSet.of(SectionKind.CLAIMS));
        WordExport word = new WordExport(ExportOptions.defaults());
        allWorksheet = word.worksheet(all);
        oneWorksheet = word.worksheet(one);
    }

    private static Lesson lesson(List<String> ids, EnumSet<SectionKind> kinds) {
        LessonRequest request = new LessonRequest("", ids, kinds, LessonRequest.DEFAULT_COUNT, 1, Language.AR);
        return LessonGenerator.standard().generate(SeedLessons.corpus(), request, Map.of(), Progress.NONE);
    }

    private static TableSheet claimSheet(Lesson lesson) {
        return lesson.items().filter(i -> i instanceof TableSheet t && t.columns().get(0).equals("#"))
                .map(TableSheet.class::cast).findFirst().orElseThrow();
    }

    private static XWPFTable table(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with the header " + header));
    }

    @Test
    void everySectionOfPagesShowsTheFooterWithItsPageNumber() {
        XWPFDocument doc = DocxFiles.open(allWorksheet);
        List<CTSectPr> sections = new java.util.ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) sections.add(p.getCTP().getPPr().getSectPr());
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        assertThat(sections).as("portrait and landscape pages alternate").hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.sizeOfFooterReferenceArray()).isEqualTo(1));
    }

    @Test
    void theClaimSheetNumbersItsRowsOnceAndGoesOnLandscapePagesWhileNarrowSheetsStayPortrait() {
        XWPFDocument doc = DocxFiles.open(allWorksheet);
        TableSheet claims = claimSheet(all);
        XWPFTable sheet = table(doc, "#");
        assertThat(sheet.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(claims.columns());
        assertThat(sheet.getRow(1).getCell(0).getText()).as("the sheet's own row number, in Arabic-Indic digits").isEqualTo("١");
        BigInteger landscape = BigInteger.valueOf(Paper.A4.height() - 2 * 1021);
        BigInteger portrait = BigInteger.valueOf(Paper.A4.width() - 2 * 1021);
        assertThat(sheet.getCTTbl().getTblPr().getTblW().getW()).isEqualTo(landscape);
        assertThat(table(doc, "اقتباس مباشر؟").getCTTbl().getTblPr().getTblW().getW()).as("the voices table fits portrait")
                .isEqualTo(portrait);
    }

    @Test
    void onlyFiguresAreChartedAndTheChartKeepsItsCaption() {
        XWPFDocument doc = DocxFiles.open(allWorksheet);
        String text = DocxFiles.text(doc);
        assertThat(text).contains("رسم بياني لعمود «الرقم كما ورد»").doesNotContain("رسم بياني لعمود «#»");
        List<XWPFParagraph> pictures = doc.getParagraphs().stream().filter(p -> !p.getRuns().isEmpty()
                && !p.getRuns().get(0).getEmbeddedPictures().isEmpty()).toList();
        assertThat(pictures).hasSize(1).allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue());
    }

    @Test
    void printedEveryPageHasItsNumberAndTheClaimHeadersKeepTheirWordsWhole() throws Exception {
        Path soffice = LibreOffice.require();
        Path docx = Files.write(dir.resolve("one.docx"), oneWorksheet);
        LibreOfficeRenderTest.Rendered printed = LibreOfficeRenderTest.read(
                LibreOffice.toPdf(soffice, List.of(docx), Files.createDirectories(dir.resolve("pdf"))).get(0));
        int n = printed.pages().size();
        for (int i = 0; i < n; i++) {
            assertThat(printed.pages().get(i)).as("page %d of %d", i + 1, n).contains("صفحة " + (i + 1) + " من " + n);
        }
        assertThat(printed.landscapePages()).startsWith(false).contains(true);
        for (int i = 0; i < n; i++) {
            if (!printed.landscapePages().get(i)) continue;
            long whole = List.of(printed.pages().get(i).split("\\s+")).stream().filter(TRACK::equals).count();
            assertThat(whole).as("\"%s\" twice in the header on page %d, not broken inside the word", TRACK, i + 1)
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
