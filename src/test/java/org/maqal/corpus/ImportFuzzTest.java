package org.maqal.corpus;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.testing.Refusals;

/**
 * Fuzz targets for importing articles: whatever the bytes, the outcome is an article or a
 * {@link CorpusException} whose message is one readable sentence. Any other exception, a hang or
 * running out of memory is a finding.
 *
 * <p>In the normal build each target runs once over every file in
 * {@code src/test/resources/org/maqal/corpus/ImportFuzzTestInputs/TARGET/} (regression mode). To fuzz
 * one target for real: {@code JAZZER_FUZZ=1 mvn test -Dtest=ImportFuzzTest#TARGET}; Jazzer then
 * writes any crashing input into that folder, where it stays as a regression test.
 */
class ImportFuzzTest {
    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "5m")
    void decodeText(byte[] bytes) {
        try {
            TextDecoder.Decoded decoded = new TextDecoder().decode(bytes, "fuzz.txt");
            if (decoded.text().isBlank()) throw new AssertionError("accepted a blank article");
        } catch (CorpusException e) {
            Refusals.requireOneSentence(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readWebPage(byte[] bytes) throws IOException {
        Path page = Files.write(dir.resolve("page.html"), bytes);
        try {
            new HtmlText().read(page);
        } catch (CorpusException e) {
            Refusals.requireOneSentence(e);
        }
    }

    /**
     * The last byte chooses: a Word package around the fuzzed bytes as {@code word/document.xml}, so
     * the fuzzer spends its time in the XML rather than on ZIP headers, or the raw bytes as the file.
     */
    @FuzzTest(maxDuration = "5m")
    void readWordDocument(FuzzedDataProvider data) throws IOException {
        boolean raw = data.consumeBoolean();
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = raw ? rest : Fixtures.zip(Map.of("word/document.xml", new String(rest, StandardCharsets.UTF_8)));
        Path docx = Files.write(dir.resolve("article.docx"), bytes);
        try {
            new DocxText().read(docx);
        } catch (CorpusException e) {
            Refusals.requireOneSentence(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void importFile(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(new String[] {"txt", "html", "docx", "htm", "TXT"});
        Path file = Files.write(dir.resolve("in." + extension), data.consumeRemainingAsBytes());
        Path corpus = dir.resolve("corpus");
        try {
            ImportResult result = new ArticleImporter().importFile(file, corpus);
            if (!Files.isRegularFile(corpus.resolve(result.id() + ".txt"))) {
                throw new AssertionError("imported " + result.id() + " but wrote no article file");
            }
            new CorpusReader().read(corpus);
        } catch (CorpusException e) {
            Refusals.requireOneSentence(e);
        } finally {
            deleteTree(corpus);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readMetadata(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("article.json"), bytes);
        try {
            new MetadataFiles().read(file);
        } catch (CorpusException e) {
            Refusals.requireOneSentence(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
