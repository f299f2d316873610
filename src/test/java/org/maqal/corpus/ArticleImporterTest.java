package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;

class ArticleImporterTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path inbox;

    @TempDir
    Path root;

    private Path corpus() {
        return root.resolve("corpus");
    }

    /** The files of a folder, leaving out the {@code .maqal} folder where Maqal keeps what it can rebuild. */
    private static List<String> names(Path folder) throws IOException {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".maqal")).sorted().toList();
        }
    }

    @Test
    void storesAWindows1256ArticleAsUtf8WithItsMetadata() throws IOException, CorpusException {
        String article = Fixtures.article("001");
        Path file = Fixtures.write(inbox, "NATO Iraq (2021).txt", article.getBytes(WINDOWS_1256));

        ImportResult result = importer.importFile(file, corpus());

        assertThat(result).isInstanceOf(ImportResult.Added.class);
        ImportResult.Added added = (ImportResult.Added) result;
        assertThat(added.id()).isEqualTo("nato-iraq-2021");
        assertThat(added.encoding()).isEqualTo("windows-1256");
        assertThat(names(corpus())).containsExactly("nato-iraq-2021.json", "nato-iraq-2021.txt");
        assertThat(Files.readString(corpus().resolve("nato-iraq-2021.txt"), StandardCharsets.UTF_8)).isEqualTo(article);

        ArticleMetadata meta = new MetadataFiles().read(corpus().resolve("nato-iraq-2021.json"));
        assertThat(meta.title()).isEqualTo(MetaField.stated("الناتو ينفي نيته تعويض التواجد الأميركي في العراق"));
        assertThat(meta.language()).isEqualTo(MetaField.inferred("ar"));
        assertThat(meta.notes().basis()).isEqualTo(Basis.SUPPLIED);
        assertThat(meta.notes().value()).isEqualTo("Imported from NATO Iraq (2021).txt (windows-1256).");
        assertThat(meta.date().isKnown()).isFalse();
    }

    @Test
    void theImportedArticleIsReadBackByTheCorpusReader() throws IOException, CorpusException {
        String article = Fixtures.article("002");
        importer.importFile(Fixtures.write(inbox, "report.txt", article.getBytes(StandardCharsets.UTF_16)), corpus());

        Article read = new CorpusReader().read(corpus()).find("report").orElseThrow();

        assertThat(read.text()).isEqualTo(article);
        assertThat(read.title()).isEqualTo(Titles.of(article).value());
    }

    @Test
    void aFileNameInArabicGivesAShortHashBasedId() throws IOException, CorpusException {
        Path file = Fixtures.write(inbox, "مقال الناتو.txt", Fixtures.article("003"));
        String id = importer.importFile(file, corpus()).id();
        assertThat(id).matches("article-[0-9a-f]{10}");
        assertThat(id).isEqualTo("article-" + Fingerprint.of(Fixtures.article("003")).substring(0, 10));
    }

    @Test
    void idsStayUniqueInTheFolder(@TempDir Path other) throws IOException, CorpusException {
        Files.createDirectories(corpus());
        Fixtures.write(corpus(), "Story.json", "{}");
        String first = importer.importFile(Fixtures.write(inbox, "story.txt", Fixtures.article("000")), corpus()).id();
        String second = importer.importFile(Fixtures.write(other, "story.txt", Fixtures.article("004")), corpus()).id();
        assertThat(first).as("Story.json is there already, whatever the case").isEqualTo("story-2");
        assertThat(second).isEqualTo("story-3");
    }

    @Test
    void aFileAlreadyInTheCorpusIsReportedAndNotWrittenTwice() throws IOException, CorpusException {
        Path file = Fixtures.write(inbox, "first.txt", Fixtures.article("000"));
        importer.importFile(file, corpus());
        List<String> before = names(corpus());

        ImportResult again = importer.importFile(file, corpus());
        ImportResult renamed = importer.importFile(Fixtures.write(inbox, "copy.txt", Fixtures.article("000")), corpus());

        assertThat(again).isEqualTo(new ImportResult.Duplicate("first"));
        assertThat(renamed).isEqualTo(new ImportResult.Duplicate("first"));
        assertThat(names(corpus())).isEqualTo(before).hasSize(2);
    }

    @Test
    void theSameTextWithOtherDiacriticsLineEndingsAndEncodingIsADuplicate() throws IOException, CorpusException {
        Path corpus = Files.createDirectories(corpus());
        Path original = Fixtures.articleFile("001");
        Files.copy(original, corpus.resolve(original.getFileName()));
        String id = original.getFileName().toString().replace(".txt", "");
        String variant = Fixtures.article("001")
                .replace("الناتو", "النَّاتُو")
                .replace("العراق", "العـــراق")
                .replace("\n", "\r\n")
                .replace(" ", "  ");

        ImportResult result = importer.importFile(Fixtures.write(inbox, "variant.txt", variant.getBytes(WINDOWS_1256)), corpus);

        assertThat(result).isEqualTo(new ImportResult.Duplicate(id));
        assertThat(names(corpus)).containsExactly(original.getFileName().toString());
    }

    @Test
    void aDifferentArticleIsNotADuplicate() throws IOException, CorpusException {
        importer.importFile(Fixtures.write(inbox, "a.txt", Fixtures.article("000")), corpus());
        String changed = Fixtures.article("000").replace("سبع سنوات", "ثماني سنوات");
        assertThat(importer.importFile(Fixtures.write(inbox, "b.txt", changed), corpus()))
                .isInstanceOf(ImportResult.Added.class);
    }

    @Test
    void importsAWordDocumentWithItsTitle() throws IOException, CorpusException {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>الناتو ينهي مهمته</w:t></w:r></w:p>"
                + Fixtures.paragraph("قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته لتدريب القوات العراقية.");
        ImportResult.Added added = (ImportResult.Added) importer.importFile(
                Fixtures.write(inbox, "mission.DOCX", Fixtures.docx(body)), corpus());
        assertThat(added.id()).isEqualTo("mission");
        assertThat(added.metadata().title()).isEqualTo(MetaField.stated("الناتو ينهي مهمته"));
        assertThat(added.metadata().notes().value()).isEqualTo("Imported from mission.DOCX (Word document (.docx)).");
        assertThat(Files.readString(added.textFile())).isEqualTo(
                "الناتو ينهي مهمته\nقال حلف شمال الأطلسي الاثنين إنه سينهي مهمته لتدريب القوات العراقية.");
    }

    @Test
    void importsAWebPageWithItsTitleAndAddress() throws IOException, CorpusException {
        String page = "<html><head><link rel=\"canonical\" href=\"https://news.example/a\"><title>موقع</title></head><body>"
                + "<nav>الرئيسية</nav><article><h1>مهمة الناتو في العراق</h1>"
                + "<p>قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته لتدريب القوات العراقية.</p></article></body></html>";
        ImportResult.Added added = (ImportResult.Added) importer.importFile(Fixtures.write(inbox, "page.html", page), corpus());
        assertThat(added.metadata().title()).isEqualTo(MetaField.stated("مهمة الناتو في العراق"));
        assertThat(added.metadata().address()).isEqualTo(MetaField.stated("https://news.example/a"));
        assertThat(Files.readString(added.textFile())).doesNotContain("الرئيسية").startsWith("مهمة الناتو في العراق\n");
    }

    @Test
    void nothingIsWrittenOnARefusalNotEvenTheFolder() throws IOException {
        Path empty = Fixtures.write(inbox, "empty.txt", "");
        assertThatThrownBy(() -> importer.importFile(empty, corpus())).isInstanceOf(CorpusException.class);
        assertThat(corpus()).doesNotExist();

        Files.createDirectories(corpus());
        Path lost = Fixtures.write(inbox, "lost.txt", "???? ????? ??? ??????\n??????? ?? ?????");
        Path broken = Fixtures.write(inbox, "broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path english = Fixtures.write(inbox, "english.html", "<p>NATO ends its mission.</p>");
        for (Path file : List.of(empty, lost, broken, english)) {
            assertThatThrownBy(() -> importer.importFile(file, corpus())).isInstanceOf(CorpusException.class);
        }
        assertThat(names(corpus())).isEmpty();
    }

    @Test
    void refusesAHugeFileBeforeReadingItAndWritesNothing() throws IOException {
        Path big = inbox.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(25L * 1024 * 1024);
        }
        Files.createDirectories(corpus());
        assertThatThrownBy(() -> importer.importFile(big, corpus())).isInstanceOf(CorpusException.class)
                .hasMessageContaining("big.txt is 25 MB");
        assertThat(names(corpus())).isEmpty();
    }

    @Test
    void refusesFilesOfOtherKindsAndMissingFiles() throws IOException {
        Path pdf = Fixtures.write(inbox, "article.pdf", "%PDF-1.7");
        assertThatThrownBy(() -> importer.importFile(pdf, corpus())).isInstanceOf(CorpusException.class)
                .hasMessage("Maqal imports .txt, .docx and .html files, and article.pdf is none of these; save the article"
                        + " as one of them.");
        Path doc = Fixtures.write(inbox, "old.doc", "x");
        assertThatThrownBy(() -> importer.importFile(doc, corpus())).isInstanceOf(CorpusException.class)
                .hasMessageContaining("old.doc is an old Word document (.doc)");
        assertThatThrownBy(() -> importer.importFile(inbox.resolve("missing.txt"), corpus()))
                .isInstanceOf(CorpusException.class).hasMessageStartingWith("There is no file ");
        assertThatThrownBy(() -> importer.importFile(inbox, corpus()))
                .isInstanceOf(CorpusException.class).hasMessageContaining("is a folder, not a file");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException, CorpusException {
        importer.importFile(Fixtures.write(inbox, "a.txt", Fixtures.article("000")), corpus());
        importer.importFile(Fixtures.write(inbox, "b.txt", Fixtures.article("004")), corpus());
        assertThat(names(corpus())).containsExactly("a.json", "a.txt", "b.json", "b.txt");
    }

    @Test
    void refusesToCheckDuplicatesAgainstAnUnreadableCorpusArticle() throws IOException {
        Files.createDirectories(corpus());
        Fixtures.write(corpus(), "bad.txt", new byte[0]);
        Path file = Fixtures.write(inbox, "a.txt", Fixtures.article("000"));
        assertThatThrownBy(() -> importer.importFile(file, corpus())).isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("The corpus article bad.txt cannot be read (The file bad.txt is empty");
        assertThat(names(corpus())).containsExactly("bad.txt");
    }
}
