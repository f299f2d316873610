package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maqal.export.docx.WordExport;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.ShortAnswer;
import org.maqal.testing.Seeds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word documents read back with POI: what a student and a teacher get, and the right-to-left markup. */
class WordExportTest {
    private static Lesson lesson;
    private static SourceSentences texts;
    private static byte[] worksheet;
    private static byte[] key;
    private static byte[] handout;

    @BeforeAll
    static void export() throws Exception {
        lesson = ExportFixtures.lesson();
        texts = SourceSentences.of(lesson, Seeds.corpus().articles());
        WordExport word = new WordExport(ExportOptions.defaults());
        worksheet = word.worksheet(lesson);
        key = word.answerKey(lesson, texts);
        handout = word.handout(lesson, texts);
    }

    @Test
    void everyDocumentIsValidAgainstTheOfficeOpenXmlSchemas() {
        assertThat(DocxFiles.schemaErrors(worksheet)).isEmpty();
        assertThat(DocxFiles.schemaErrors(key)).isEmpty();
        assertThat(DocxFiles.schemaErrors(handout)).isEmpty();
        assertThat(DocxFiles.schemaErrors(new WordExport(ExportOptions.defaults()).worksheet(ExportFixtures.english()))).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesWhatWordWouldNotOpen() throws Exception {
        java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(worksheet));
             var out = new java.util.zip.ZipOutputStream(broken)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("<w:tblGrid>", "<w:tblGrid><w:bidi/>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        assertThat(DocxFiles.schemaErrors(broken.toByteArray())).anyMatch(e -> e.startsWith("/word/document.xml"));
    }

    @Test
    void theWorksheetHasTheTitleTheStudentLineEveryPromptAndNumbersInArabicDigits() {
        XWPFDocument doc = DocxFiles.open(worksheet);
        String text = DocxFiles.text(doc);
        assertThat(text).contains(lesson.title(), "الاسم:", "الصف:", "التاريخ:", "المجموع: ٢١ درجة", "بنك الكلمات");
        lesson.items().filter(i -> !(i instanceof org.maqal.model.VocabularyEntry) && !(i instanceof org.maqal.model.GapFill))
                .forEach(i -> assertThat(text).contains(i.prompt()));
        assertThat(text).contains("٣. ", "١٢. ", "(أ) أكثر من 300 شخص", "(ب) 500 عنصر", "□ صح");
        assertThat(text).contains("بروكسل", "بغداد", "واشنطن");
    }

    @Test
    void theWorksheetGivesNoAnswerAndNoTeacherNote() {
        String text = DocxFiles.text(DocxFiles.open(worksheet));
        ShortAnswer who = (ShortAnswer) lesson.item("c-who").orElseThrow();
        OpenQuestion why = (OpenQuestion) lesson.item("c-why").orElseThrow();
        assertThat(text).doesNotContain(who.accepted().get(1), why.guidance(), why.notes(), "mission; task", "الإجابة",
                "يتحدث عن الوجود الحالي قبل التوسيع", "مؤيَّد");
        lesson.items().filter(i -> !i.notes().isBlank()).forEach(i -> assertThat(text).doesNotContain(i.notes()));
    }

    @Test
    void arabicParagraphsAreBidiAndArabicRunsRtlWithComplexScriptFontAndSize() {
        XWPFDocument doc = DocxFiles.open(worksheet);
        List<XWPFParagraph> arabic = DocxFiles.paragraphs(doc).stream().filter(p -> p.getText().matches("(?s).*[\\u0621-\\u064A].*")).toList();
        assertThat(arabic).isNotEmpty().allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi());
        for (XWPFParagraph p : arabic) {
            for (XWPFRun r : p.getRuns()) {
                String t = r.text();
                CTRPr pr = r.getCTR().getRPr();
                if (t.matches("(?s).*[\\u0621-\\u064A].*")) {
                    assertThat(pr.sizeOfRtlArray()).as("rtl on \"%s\"", t).isEqualTo(1);
                    assertThat(pr.getRFontsArray(0).getCs()).isEqualTo(ExportOptions.DEFAULT_FONT);
                    assertThat(pr.sizeOfSzCsArray()).isEqualTo(1);
                }
                if (t.matches("(?s).*[0-9A-Za-z].*")) {
                    assertThat(pr.sizeOfRtlArray()).as("no rtl on \"%s\"", t).isZero();
                    assertThat(t).doesNotContainPattern("[\\u0621-\\u064A]");
                }
            }
        }
    }

    @Test
    void yearsNumbersAndLatinWordsOfAnArabicPromptSitInRunsOfTheirOwn() {
        XWPFParagraph mixed = DocxFiles.paragraphs(DocxFiles.open(worksheet)).stream()
                .filter(p -> p.getText().contains(ExportFixtures.MIXED_PROMPT)).findFirst().orElseThrow();
        List<String> ltr = mixed.getRuns().stream().filter(r -> r.getCTR().getRPr().sizeOfRtlArray() == 0).map(XWPFRun::text).toList();
        assertThat(ltr).contains("2011", "500", "NATO");
    }

    @Test
    void tablesAreRightToLeftWithTheirGridAndTheSectionIsRightToLeft() {
        XWPFDocument doc = DocxFiles.open(worksheet);
        assertThat(doc.getTables()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
            int columns = t.getRow(0).getTableCells().size();
            assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(columns);
        });
        CTSectPr portrait = firstSection(doc);
        assertThat(portrait.isSetBidi()).isTrue();
        assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(Paper.A4.width()));
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        assertThat(last.isSetBidi()).isTrue();
        assertThat(last.getPgSz().getW()).as("this lesson's sheets fit portrait pages, so the worksheet ends on one")
                .isEqualTo(BigInteger.valueOf(Paper.A4.width()));
        assertThat(doc.getFooterArray(0).getText()).contains("صفحة", "من");
        assertThat(doc.getFooterArray(0)._getHdrFtr().xmlText()).contains("PAGE", "NUMPAGES");
    }

    @Test
    void sheetsAreTablesWithAHeaderRowAndEmptyStudentColumnsAndASheetThatFitsPortraitStaysPortrait() {
        XWPFDocument doc = DocxFiles.open(worksheet);
        XWPFTable claims = table(doc, "فعل القول");
        assertThat(claims.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
        assertThat(claims.getRow(0).getTableCells()).extracting(c -> c.getText())
                .containsExactly("م", "التصريح", "القائل", "فعل القول", "المقال", "مقالات أخرى", "الحكم", "الدليل");
        assertThat(claims.getRow(1).getCell(1).getText()).isEqualTo("مهمتنا غير قتالية");
        assertThat(claims.getRow(1).getCell(6).getText()).isEmpty();
        assertThat(claims.getRow(1).getCell(7).getText()).isEmpty();
        assertThat(doc.getDocument().xmlText()).as("seven short columns fit portrait").doesNotContain("w:orient=\"landscape\"");
        XWPFTable figures = table(doc, "العدد كما ورد");
        assertThat(figures.getRow(1).getCell(3).getText()).isEqualTo("500 عنصر");
        assertThat(figures.getRow(1).getCell(4).getText()).isEmpty();
    }

    @Test
    void pointsAreNeverBrokenOverTwoLines() {
        String arabic = DocxFiles.paragraphs(DocxFiles.open(worksheet)).stream().map(XWPFParagraph::getText)
                .reduce("", String::concat);
        String english = DocxFiles.paragraphs(DocxFiles.open(new WordExport(ExportOptions.defaults()).worksheet(ExportFixtures.english())))
                .stream().map(XWPFParagraph::getText).reduce("", String::concat);
        assertThat(arabic).contains("(١\u00A0د)").doesNotContain("(١ د)");
        assertThat(english).contains("(1\u00A0pt)").doesNotContain("(1 pt)");
    }

    @Test
    void anAnswerStaysWithItsSourceAndAMatchingAnOrderingOrAShortSheetIsNotSplitAcrossPages() {
        XWPFDocument doc = DocxFiles.open(key);
        List<XWPFParagraph> answers = DocxFiles.paragraphs(doc).stream().filter(p -> p.getText().startsWith("الإجابة:")).toList();
        assertThat(answers).isNotEmpty().allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).as(p.getText()).isTrue());
        List<XWPFParagraph> words = DocxFiles.paragraphs(doc).stream()
                .filter(p -> p.getText().equals("١. مهمة") || p.getText().equals("٢. المشورة")).toList();
        assertThat(words).hasSize(2).allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetKeepNext()).isTrue());
        for (byte[] docx : List.of(worksheet, key)) {
            XWPFDocument d = DocxFiles.open(docx);
            for (String entry : List.of("withdrawal", "بدء مهمة الحلف في العراق عام 2004", "العدد كما ورد")) {
                XWPFTable table = d.getTables().stream().filter(t -> t.getRows().stream()
                        .anyMatch(r -> r.getTableCells().stream().anyMatch(c -> c.getText().contains(entry)))).findFirst().orElseThrow();
                var rows = table.getRows();
                assertThat(rows.subList(0, rows.size() - 1)).as("rows kept with the next one").allSatisfy(r ->
                        assertThat(r.getCell(r.getTableCells().size() - 1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue());
            }
        }
    }

    @Test
    void theWordBankSitsJustBeforeTheGapsItFillsNotAboveTheWordList() {
        for (byte[] docx : List.of(worksheet, key)) {
            List<org.apache.poi.xwpf.usermodel.IBodyElement> body = DocxFiles.open(docx).getBodyElements();
            int bank = -1;
            int vocabulary = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFTable t && t.getText().contains("بنك الكلمات")) bank = i;
                if (body.get(i) instanceof XWPFTable t && t.getRow(0).getTableCells().size() > 1
                        && t.getRow(0).getCell(1).getText().equals("الكلمة")) vocabulary = i;
            }
            assertThat(vocabulary).as("the word list").isNotNegative();
            assertThat(bank).isGreaterThan(vocabulary);
            assertThat(body.get(bank - 1)).as("a paragraph between, or the two tables merge into one").isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) body.get(bank + 1)).getText()).startsWith("٣. ").contains("______");
        }
    }

    @Test
    void aComparisonOfFiguresOverTimeGetsAChartOnTheWorksheet() {
        XWPFDocument doc = DocxFiles.open(worksheet);
        assertThat(doc.getAllPictures()).hasSize(1);
        assertThat(doc.getAllPictures().get(0).getData()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(DocxFiles.text(doc)).contains("رسم بياني لعمود «العدد كما ورد»");
    }

    @Test
    void theChartNeverGivesAnAnswerAway() {
        var section = lesson.sections().get(2);
        var figures = (org.maqal.model.TableSheet) section.items().get(0);
        var asked = new org.maqal.model.TableSheet(figures.id(), figures.prompt(), figures.columns(), figures.answer(),
                List.of(2, 3), figures.sources(), figures.points(), "");
        Lesson askedFor = lesson.withSections(List.of(section.withItems(List.of(asked))));
        WordExport word = new WordExport(ExportOptions.defaults());
        assertThat(DocxFiles.open(word.worksheet(askedFor)).getAllPictures()).as("the figures are what the student fills in").isEmpty();
        assertThat(DocxFiles.open(word.answerKey(askedFor, texts)).getAllPictures()).hasSize(1);
    }

    @Test
    void matchingIsTwoColumnsWithABoxBetween() {
        XWPFTable matching = table(DocxFiles.open(worksheet), "advice");
        assertThat(matching.getRows()).hasSize(3);
        assertThat(matching.getRow(0).getCell(0).getText()).isEqualTo("١. المشورة");
        assertThat(matching.getRow(0).getCell(1).getText()).isEmpty();
        assertThat(matching.getRow(0).getCell(2).getText()).isEqualTo("(أ) withdrawal");
    }

    @Test
    void theKeyHasEveryAnswerItsSourceSentenceNotesAndPoints() {
        String text = DocxFiles.text(DocxFiles.open(key));
        assertThat(text).contains("مفتاح الإجابة: " + lesson.title(), "المجموع: ٢١ درجة");
        MultipleChoice mc = (MultipleChoice) lesson.item("c-size").orElseThrow();
        assertThat(text).contains("الإجابة: (ب) 500 عنصر", "الإجابة: خطأ", "الإجابة: بروكسل", "الإجابة: عنصر",
                "الإجابة: اندرس فو راسموسن", "تُقبل أيضاً: راسموسن، أندرس فو راسموسن", "mission; task",
                "لم يُكتب معنى بعد", mc.notes(), "سؤال للنقاش في الصف",
                "يربط الطالب بين الهجمات على قوات التحالف", "يتحدث عن الوجود الحالي قبل التوسيع", "مؤيَّد",
                "تُركت كلمة \"ينف\" لأنها جذع وليست كلمة.", "(٤ د)");
        String sentence = texts.sentence(mc.source().orElseThrow()).orElseThrow();
        int number = mc.source().orElseThrow().sentenceIndex() + 1;
        assertThat(text).contains("النص ٤ «" + ExportFixtures.A2020.title() + "»، الجملة " + Labels.of(lesson.language()).number(number)
                + ": «" + sentence + "»");
    }

    @Test
    void theKeyShowsTheOrderInTheBoxesAndTheLetterOfEachMatch() {
        XWPFDocument doc = DocxFiles.open(key);
        XWPFTable order = table(doc, "انسحاب التحالف بحلول سبتمبر 2025");
        assertThat(order.getRows()).extracting(r -> r.getCell(0).getText() + " " + r.getCell(1).getText()).containsExactly(
                "٣ اجتماع وزراء الدفاع في بروكسل في أكتوبر 2020", "١ بدء مهمة الحلف في العراق عام 2004",
                "٤ انسحاب التحالف بحلول سبتمبر 2025", "٢ انتهاء مهمة التدريب في ديسمبر 2011");
        XWPFTable matching = table(doc, "advice");
        assertThat(matching.getRows()).extracting(r -> r.getCell(1).getText()).containsExactly("ب", "ج", "أ");
    }

    @Test
    void englishInstructionsAreLeftToRightWhileArabicPromptsStayRightToLeft() {
        XWPFDocument doc = DocxFiles.open(new WordExport(ExportOptions.defaults()).worksheet(ExportFixtures.english()));
        XWPFParagraph instructions = DocxFiles.paragraphs(doc).stream()
                .filter(p -> p.getText().equals("Answer the questions.")).findFirst().orElseThrow();
        assertThat(instructions.getCTP().getPPr().isSetBidi()).isFalse();
        assertThat(instructions.getRuns()).allMatch(r -> r.getCTR().getRPr().sizeOfRtlArray() == 0);
        XWPFParagraph prompt = DocxFiles.paragraphs(doc).stream()
                .filter(p -> p.getText().contains(ExportFixtures.MC_PROMPT)).findFirst().orElseThrow();
        assertThat(prompt.getCTP().getPPr().isSetBidi()).isTrue();
        assertThat(prompt.getText()).startsWith("6. ");
        assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isFalse();
        assertThat(doc.getTables()).as("every table says it is left to right").allMatch(WordExportTest::leftToRight);
        assertThat(DocxFiles.text(doc)).contains("Name:", "Total: 21 points", "Vocabulary");
    }

    @Test
    void anEnglishMatchingReadsLeftToRightOnTheWorksheetAndInTheKeyWhileAnArabicOneStaysMirrored() {
        WordExport word = new WordExport(ExportOptions.defaults());
        for (byte[] english : List.of(word.worksheet(ExportFixtures.english()), word.answerKey(ExportFixtures.english(), texts))) {
            XWPFTable matching = DocxFiles.tables(DocxFiles.open(english)).stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().startsWith("1. ")).findFirst().orElseThrow();
            assertThat(leftToRight(matching)).isTrue();
            XWPFParagraph first = matching.getRow(0).getCell(0).getParagraphs().get(0);
            assertThat(first.getText()).isEqualTo("1. المشورة");
            assertThat(first.getCTP().getPPr().isSetBidi()).as("the number comes first, on the left").isFalse();
        }
        XWPFTable arabic = DocxFiles.tables(DocxFiles.open(worksheet)).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().startsWith("١. ")).findFirst().orElseThrow();
        assertThat(arabic.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
        assertThat(POIXMLUnits.parseOnOff(arabic.getCTTbl().getTblPr().getBidiVisual())).isTrue();
        assertThat(arabic.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetBidi()).isTrue();
    }

    /**
     * Whether a table says it is laid out left to right: LibreOffice mirrors a table that does not
     * say so when its first cell holds Arabic.
     */
    private static boolean leftToRight(XWPFTable table) {
        var pr = table.getCTTbl().getTblPr();
        return pr.isSetBidiVisual() && !POIXMLUnits.parseOnOff(pr.getBidiVisual());
    }

    @Test
    void letterPaperAndAChosenFontAreUsed() {
        byte[] letter = new WordExport(new ExportOptions(Paper.LETTER, "Noto Naskh Arabic", false)).worksheet(lesson);
        XWPFDocument doc = DocxFiles.open(letter);
        assertThat(firstSection(doc).getPgSz().getH()).isEqualTo(BigInteger.valueOf(15840));
        assertThat(firstSection(doc).getPgSz().getW()).isEqualTo(BigInteger.valueOf(12240));
        XWPFRun run = DocxFiles.paragraphs(doc).get(0).getRuns().get(0);
        assertThat(run.getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("Noto Naskh Arabic");
    }

    @Test
    void theHandoutNumbersEverySentenceAsTheKeyCitesThem() {
        String text = DocxFiles.text(DocxFiles.open(handout));
        assertThat(text).contains("النص ١: " + ExportFixtures.A2011.title(), "النص ٤: " + ExportFixtures.A2020.title());
        int count = texts.sentences(ExportFixtures.A2021.id()).size();
        String last = texts.sentences(ExportFixtures.A2021.id()).get(count - 1).text().strip();
        assertThat(text).contains(Labels.of(lesson.language()).number(count) + " " + last.substring(0, 20));
        String cited = texts.sentence(lesson.item("c-size").orElseThrow().source().orElseThrow()).orElseThrow();
        assertThat(text).contains(cited.substring(0, 30));
    }

    @Test
    void theHandoutRefusesAnArticleThatChangedOrIsMissing() {
        Lesson changed = new Lesson(lesson.id(), lesson.title(), lesson.language(),
                lesson.articles().stream().map(a -> new ArticleRef(a.id(), a.title(), a.outlet(), a.date(), "0".repeat(64))).toList(),
                lesson.sections(), lesson.seed(), lesson.created());
        WordExport word = new WordExport(ExportOptions.defaults());
        assertThatThrownBy(() -> word.handout(changed, SourceSentences.of(changed, Seeds.corpus().articles())))
                .isInstanceOf(ExportException.class).hasMessageContaining("changed since the lesson was made");
        assertThatThrownBy(() -> word.handout(lesson, SourceSentences.none()))
                .isInstanceOf(ExportException.class).hasMessageContaining("which is not in the corpus");
        assertThat(DocxFiles.text(DocxFiles.open(word.answerKey(changed, SourceSentences.of(changed, Seeds.corpus().articles())))))
                .contains("الجملة").doesNotContain(texts.sentence(lesson.item("c-size").orElseThrow().source().orElseThrow()).orElseThrow());
    }

    /** The properties of the first section: those of the paragraph that ends it, or of the body when there is one section. */
    private static CTSectPr firstSection(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                .map(p -> p.getCTP().getPPr().getSectPr()).findFirst().orElse(doc.getDocument().getBody().getSectPr());
    }

    private static XWPFTable table(XWPFDocument doc, String containing) {
        return doc.getTables().stream().filter(t -> t.getText().contains(containing)).findFirst().orElseThrow();
    }
}
