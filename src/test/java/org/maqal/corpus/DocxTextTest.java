package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTextTest {
    private final DocxText docx = new DocxText();

    @TempDir
    Path dir;

    @Test
    void readsParagraphsInOrderOneLineEach() throws IOException, CorpusException {
        String body = Fixtures.paragraph("الناتو ينهي مهمته في العراق")
                + Fixtures.paragraph("قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته.")
                + Fixtures.paragraph("وأضاف البيان أن المفاوضات كانت شاقة.");
        Path file = Fixtures.write(dir, "article.docx", Fixtures.docx(body));

        SourceText source = docx.read(file);

        assertThat(source.text().split("\n")).containsExactly(
                "الناتو ينهي مهمته في العراق",
                "قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته.",
                "وأضاف البيان أن المفاوضات كانت شاقة.");
        assertThat(source.encoding()).isEqualTo("Word document (.docx)");
        assertThat(source.title()).as("no Title or Heading 1 style and no core title").isEmpty();
    }

    @Test
    void joinsRunsAndTurnsTabsIntoSpacesAndBreaksIntoLines() throws IOException, CorpusException {
        String body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                + "<w:r><w:t>حلف </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>شمال</w:t></w:r><w:r><w:t xml:space=\"preserve\"> الأطلسي</w:t></w:r>"
                + "<w:r><w:tab/><w:t>بروكسل</w:t><w:br/><w:t>بغداد</w:t></w:r></w:p>";
        SourceText source = docx.read(Fixtures.write(dir, "runs.docx", Fixtures.docx(body)));
        assertThat(source.text()).isEqualTo("حلف شمال الأطلسي بروكسل\nبغداد");
    }

    @Test
    void leavesOutDeletedTextAndFallbackCopies() throws IOException, CorpusException {
        String body = "<w:p><w:r><w:t>بقي هذا النص</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>نص محذوف</w:delText></w:r></w:del>"
                + "<w:moveFrom w:id=\"2\" w:author=\"x\"><w:r><w:t>نص منقول</w:t></w:r></w:moveFrom></w:p>"
                + "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice Requires=\"wps\"><w:t>في المربع</w:t></mc:Choice>"
                + "<mc:Fallback><w:t>نسخة احتياطية</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        SourceText source = docx.read(Fixtures.write(dir, "edits.docx", Fixtures.docx(body)));
        assertThat(source.text()).isEqualTo("بقي هذا النص\nفي المربع");
    }

    @Test
    void takesTheTitleFromTheTitleOrHeadingStyle() throws IOException, CorpusException {
        String body = Fixtures.paragraph("تقرير خاص")
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>الناتو ينفي نيته تعويض التواجد الأميركي</w:t></w:r></w:p>"
                + Fixtures.paragraph("بغداد - قال قائد بعثة حلف شمال الأطلسي إن قواته ستستمر في تقديم المشورة.");
        SourceText source = docx.read(Fixtures.write(dir, "titled.docx", Fixtures.docx(body)));
        assertThat(source.title()).isEqualTo("الناتو ينفي نيته تعويض التواجد الأميركي");
        assertThat(source.text()).startsWith("تقرير خاص\nالناتو ينفي");
    }

    @Test
    void takesTheTitleFromTheDocumentPropertiesWhenNoParagraphIsStyledAsOne() throws IOException, CorpusException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", Fixtures.CONTENT_TYPES);
        parts.put("word/document.xml", Fixtures.document(Fixtures.paragraph("قال الحلف إن مهمته غير قتالية.")));
        parts.put("docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>مهمة الناتو</dc:title></cp:coreProperties>");
        SourceText source = docx.read(Fixtures.write(dir, "core.docx", Fixtures.zip(parts)));
        assertThat(source.title()).isEqualTo("مهمة الناتو");
    }

    @Test
    void readsAWholeCorpusArticleBackExactly() throws IOException, CorpusException {
        String article = Fixtures.article("001");
        StringBuilder body = new StringBuilder();
        for (String line : article.strip().split("\n", -1)) {
            body.append(Fixtures.paragraph(line.replace("&", "&amp;").replace("<", "&lt;")));
        }
        SourceText source = docx.read(Fixtures.write(dir, "001.docx", Fixtures.docx(body.toString())));
        assertThat(source.text()).isEqualTo(article.strip());
    }

    @Test
    void refusesAFileThatIsNotAZipPackage() throws IOException {
        Path file = Fixtures.write(dir, "fake.docx", "قال الحلف إن مهمته غير قتالية.");
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessage("The file fake.docx is not a Word .docx document (it is not a ZIP package); open it in Word"
                        + " or LibreOffice and save it as .docx.");
    }

    @Test
    void refusesAnOldWordDocumentWithADocxName() throws IOException {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Fixtures.write(dir, "old.docx", ole);
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("old.docx is not a Word .docx document (it is an old Microsoft Office document (.doc))");
    }

    @Test
    void refusesATruncatedPackage() throws IOException {
        byte[] whole = Fixtures.docx(Fixtures.paragraph("قال الحلف إن مهمته غير قتالية.").repeat(50));
        Path file = Fixtures.write(dir, "broken.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessage("The Word document broken.docx is damaged and cannot be read; open it in Word or LibreOffice"
                        + " and save it again as .docx.");
    }

    @Test
    void refusesAZipThatHoldsNoWordDocument() throws IOException {
        Path file = Fixtures.write(dir, "photos.docx", Fixtures.zip(Map.of("readme.txt", "صور")));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("photos.docx is a ZIP archive but not a Word document (it has no word/document.xml)");
    }

    @Test
    void refusesXmlThatIsNotWellFormed() throws IOException {
        Map<String, String> parts = Map.of("word/document.xml", Fixtures.document("<w:p><w:r><w:t>نص</w:r></w:p>"));
        Path file = Fixtures.write(dir, "bad-xml.docx", Fixtures.zip(parts));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bad-xml.docx is damaged");
    }

    @Test
    void neverReadsExternalEntities(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "كلمة السر السرية");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<w:document xmlns:w=\"" + Fixtures.W + "\"><w:body>"
                + Fixtures.paragraph("قال الحلف إن مهمته غير قتالية &xxe;") + "</w:body></w:document>";
        Path file = Fixtures.write(dir, "xxe.docx", Fixtures.zip(Map.of("word/document.xml", xml)));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("xxe.docx is damaged")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("السرية"));
    }

    /** A small package whose document unpacks to 65 MB of spaces. */
    private static byte[] bomb() throws IOException {
        String huge = Fixtures.document("<w:p><w:r><w:t>" + " ".repeat(65 * 1024 * 1024) + "</w:t></w:r></w:p>");
        return Fixtures.zip(Map.of("word/document.xml", huge));
    }

    @Test
    void refusesAPackageThatUnpacksToTooMuch() throws IOException {
        byte[] bomb = bomb();
        assertThat(bomb.length).as("small on disk").isLessThan(1024 * 1024);
        Path file = Fixtures.write(dir, "bomb.docx", bomb);
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bomb.docx unpacks to more than 64 MB");
    }

    @Test
    void stopsUnpackingAtTheLimitEvenWhenThePackageUnderstatesTheSize() throws IOException {
        byte[] bomb = bomb();
        ByteBuffer zip = ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN);
        int central = -1;
        for (int i = bomb.length - 22; i >= 0 && central < 0; i--) {
            if (zip.getInt(i) == 0x02014b50) central = i;
        }
        assertThat(central).as("central directory found").isPositive();
        zip.putInt(central + 24, 1000);
        Path file = Fixtures.write(dir, "liar.docx", bomb);
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("liar.docx unpacks to more than 64 MB");
    }

    @Test
    void refusesADocumentWithoutArabic() throws IOException {
        Path file = Fixtures.write(dir, "english.docx", Fixtures.docx(Fixtures.paragraph("NATO ends its mission in Iraq.")));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("english.docx holds no Arabic letters");
    }

    @Test
    void refusesAnEmptyDocument() throws IOException {
        Path file = Fixtures.write(dir, "empty.docx", Fixtures.docx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"));
        assertThatThrownBy(() -> docx.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("empty.docx holds only blank space");
        assertThat(new String(Files.readAllBytes(file), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    /** Found by fuzzing: an element in no namespace made the reader throw a NullPointerException. */
    @Test
    void elementsInNoNamespaceAreSkipped() throws IOException, CorpusException {
        String line = "قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته لتدريب القوات العراقية.";
        Path mixed = Fixtures.write(dir, "mixed.docx", Fixtures.docx("<extra>ملاحظة</extra>" + Fixtures.paragraph(line)));
        assertThat(docx.read(mixed).text()).isEqualTo(line);

        Path bare = Fixtures.write(dir, "bare.docx", Fixtures.zip(java.util.Map.of("word/document.xml",
                "<document><body><p><r><t>" + line + "</t></r></p></body></document>")));
        assertThatThrownBy(() -> docx.read(bare)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bare.docx holds only blank space");
    }
}
