package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.testing.Refusals;

/**
 * Every kind of bad input a teacher can bring, made by the test: each is imported with exactly the
 * text it holds, or refused with one clear sentence and nothing written; never a stack trace, never
 * a hang (the time limits only catch hangs; they say nothing about speed).
 */
class BadInputTest {
    private static final Duration HANG = Duration.ofMinutes(2);
    private static final String LINE = "قال حلف شمال الأطلسي «الناتو» الاثنين إنه سينهي مهمته لتدريب القوات العراقية بعد سبع سنوات.";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path inbox;

    @TempDir
    Path root;

    /** The outcome of importing one file: the stored text, or the refusal. */
    private record Outcome(String text, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private Outcome importOne(Path file) {
        return assertTimeoutPreemptively(HANG, () -> {
            Path corpus = root.resolve("corpus-" + file.getFileName());
            try {
                ImportResult result = importer.importFile(file, corpus);
                Path stored = corpus.resolve(result.id() + ".txt");
                assertThat(new CorpusReader().read(corpus).find(result.id())).as("readable once imported").isPresent();
                return new Outcome(Files.readString(stored, StandardCharsets.UTF_8), null);
            } catch (CorpusException e) {
                assertThat(Refusals.problem(e.getMessage())).as("refusal of %s: %s", file.getFileName(), e.getMessage()).isNull();
                assertThat(e.getMessage()).contains(file.getFileName().toString());
                assertThat(files(corpus)).as("nothing written for a refused file").isEmpty();
                return new Outcome(null, e.getMessage());
            }
        }, () -> "importing " + file.getFileName() + " hung");
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void inEveryEncodingAnArticleIsReadExactlyOrRefused() throws IOException {
        String article = Fixtures.article("000");
        List<String> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Charset charset : Charset.availableCharsets().values()) {
            if (!charset.canEncode() || !encodes(charset, article)) continue;
            Path file = Fixtures.write(inbox, "article-" + charset.name() + ".txt", article.getBytes(charset));
            Outcome outcome = importOne(file);
            if (outcome.refused()) {
                refused.add(charset.name());
            } else {
                assertThat(outcome.text()).as("the article as read from %s", charset.name()).isEqualTo(article);
                read.add(charset.name());
            }
        }
        assertThat(read).contains("UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "windows-1256", "x-UTF-16LE-BOM");
    }

    @Test
    void emptyFilesOfEveryKindAreRefused() throws IOException {
        for (String name : List.of("empty.txt", "empty.html", "empty.docx", "bom-only.txt", "blank.txt")) {
            byte[] bytes = switch (name) {
                case "bom-only.txt" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case "blank.txt" -> " \n\t\r\n\u00A0\u200F".getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            assertThat(importOne(Fixtures.write(inbox, name, bytes)).refused()).as(name).isTrue();
        }
    }

    @Test
    void binaryFilesWithArticleNamesAreRefused() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(5).nextBytes(noise);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Map<String, byte[]> files = Map.of("noise.txt", noise, "noise.html", noise, "noise.docx", noise,
                "picture.txt", png, "picture.html", png, "archive.html", Fixtures.zip(Map.of("a.txt", LINE)));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(importOne(Fixtures.write(inbox, f.getKey(), f.getValue())).refused()).as(f.getKey()).isTrue();
        }
    }

    @Test
    void hugeFilesAreRefusedWithTheirSizeAndLargeArticlesAreRead() throws IOException {
        String paragraph = Fixtures.article("001") + "\n";
        Path huge = Fixtures.write(inbox, "huge.txt", paragraph.repeat(30 * 1024 * 1024 / paragraph.length() / 2 * 2)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importOne(huge).refusal()).contains("huge.txt is", "more than the 20 MB");

        Path page = Fixtures.write(inbox, "huge.html", ("<html><body><p>" + paragraph.repeat(5_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importOne(page).refusal()).contains("huge.html is", "more than the 20 MB");

        String large = paragraph.repeat(2_000);
        assertThat(importOne(Fixtures.write(inbox, "large.txt", large)).text()).isEqualTo(large);

        Path sparse = inbox.resolve("sparse.docx");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(150L * 1024 * 1024);
        }
        assertThat(importOne(sparse).refusal()).contains("sparse.docx is 150 MB");
    }

    /** Before the fix the text was written, and then the corpus could not be read at all. */
    @Test
    void aWordDocumentWhoseTextIsLargerThanAnArticleMayBeIsRefused() throws IOException {
        String paragraph = Fixtures.paragraph(Fixtures.article("003").replace("\n", " "));
        String body = paragraph.repeat(25 * 1024 * 1024 / paragraph.length());
        Path docx = Fixtures.write(inbox, "book.docx", Fixtures.docx(body));

        assertThat(importOne(docx).refusal()).isEqualTo("The text in book.docx is 44.0 MB, more than the 20 MB an article may"
                + " have; import the article on its own, not a whole collection.");
    }

    @Test
    void mixedArabicAndEnglishIsReadAsWrittenWhenMostlyArabic() throws IOException {
        String mixed = Fixtures.article("002") + "\nNATO Mission Iraq (NMI) is a non-combat advisory mission, said the"
                + " alliance's spokesperson in Brussels on Monday.\n" + LINE + " (Reuters)\n";
        assertThat(importOne(Fixtures.write(inbox, "mixed.txt", mixed)).text()).isEqualTo(mixed);

        String english = "NATO said on Monday it would end its training mission in Iraq after seven years. ".repeat(20)
                + "\n" + LINE;
        assertThat(importOne(Fixtures.write(inbox, "english.txt", english)).refusal()).contains("mostly not in Arabic");
    }

    @Test
    void textWithoutAnyPunctuationOrLineBreaksIsReadAsWritten() throws IOException, CorpusException {
        String bare = Fixtures.article("004").replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ").strip();
        Path file = Fixtures.write(inbox, "bare.txt", bare);

        Outcome outcome = importOne(file);

        assertThat(outcome.text()).isEqualTo(bare);
        String title = new MetadataFiles().read(root.resolve("corpus-bare.txt/bare.json")).title().value();
        assertThat(title).as("a title, not the whole text").hasSizeLessThan(100).endsWith("…");
    }

    @Test
    void aScrapedPageKeepsOnlyTheArticle() throws IOException {
        String page = """
                <html><head><meta charset="utf-8"><title>الناتو - موقع</title>
                <script type="application/ld+json">{"headline": "عنوان مخفي في البيانات", "author": "محرر الموقع"}</script>
                <style>body { font-family: "خط عربي"; }</style></head>
                <body onload="init()"><div id="cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع</div>
                <div class="wrapper"><div class="content">
                <p>%s</p><script>var ad = "إعلان داخل المقال يجب ألا يظهر في النص";</script>
                <style>.x{}</style><noscript>فعّل جافا سكربت لمشاهدة المحتوى</noscript>
                <p>%s</p></div>
                <div class="related"><p>اقرأ أيضا: خبر آخر عن الانتخابات في البلاد المجاورة ونتائجها الأولية.</p></div>
                <div id="comments"><p>تعليق قارئ: هذا الخبر قديم ولا جديد فيه على الإطلاق.</p></div></div></body></html>
                """.formatted(LINE, LINE.replace("الاثنين", "الثلاثاء"));

        String text = importOne(Fixtures.write(inbox, "scraped.html", page)).text();

        assertThat(text.split("\n")).containsExactly(LINE, LINE.replace("الاثنين", "الثلاثاء"));
    }

    @Test
    void textWhoseLettersWereLostIsRefusedInEveryFormat() throws IOException {
        String lost = "????? ???? ????? ?? ??????\n???? ?????? ?? ????? ??????? ??? ??? ?????.";
        String replaced = lost.replace('?', '\uFFFD');
        Map<String, byte[]> files = Map.of(
                "lost.txt", lost.getBytes(StandardCharsets.UTF_8),
                "lost-utf16.txt", lost.getBytes(StandardCharsets.UTF_16),
                "replaced.txt", replaced.getBytes(StandardCharsets.UTF_8),
                "lost.html", ("<html><body><p>" + lost + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                "lost.docx", Fixtures.docx(Fixtures.paragraph(lost)));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Outcome outcome = importOne(Fixtures.write(inbox, f.getKey(), f.getValue()));
            assertThat(outcome.refusal()).as(f.getKey()).contains("question marks where the Arabic letters should be");
        }
    }

    private static boolean encodes(Charset charset, String text) {
        try {
            CharsetEncoder encoder = charset.newEncoder();
            return encoder.canEncode(text);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
