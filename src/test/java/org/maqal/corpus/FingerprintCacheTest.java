package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;

/**
 * The duplicate check of an import keeps the fingerprints of the library's files in
 * {@code DIR/.maqal/fingerprints.tsv}: a duplicate is found through it, a file changed since is
 * fingerprinted again, and a cache that is not whole is ignored and written anew.
 */
class FingerprintCacheTest {
    private static final int ARTICLES = 300;
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));
    private static final List<Article> LIBRARY = new SyntheticCorpus(Seeds.corpus().articles()).generate(ARTICLES + 2, 11);

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path corpus;

    @TempDir
    Path inbox;

    @BeforeEach
    void writeLibrary() throws IOException {
        for (Article a : LIBRARY.subList(0, ARTICLES)) {
            Path file = Files.writeString(corpus.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, AN_HOUR_AGO);
        }
    }

    private Path inboxFile(String name, String text) throws IOException {
        return Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportResult importText(String name, String text) throws IOException, CorpusException {
        return importer.importFile(inboxFile(name, text), corpus);
    }

    private Path cacheFile() {
        return corpus.resolve(".maqal/fingerprints.tsv");
    }

    private Path article(int index) {
        return corpus.resolve(LIBRARY.get(index).id() + ".txt");
    }

    /** Replaces a file's bytes behind the cache's back, keeping its size and time. */
    private void garble(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.write(file, new byte[(int) Files.size(file)]);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void theFirstImportRecordsEveryFileAndTheNextFindsADuplicateThroughTheCache() throws Exception {
        assertThat(importText("new.txt", LIBRARY.get(ARTICLES).text())).isInstanceOf(ImportResult.Added.class);
        assertThat(Files.readAllLines(cacheFile())).first().isEqualTo("maqal fingerprints 1");
        assertThat(Files.readAllLines(cacheFile())).as("every settled file, not the one just written").hasSize(1 + ARTICLES);

        garble(article(10));
        assertThatThrownBy(() -> new TextDecoder().read(article(10))).isInstanceOf(CorpusException.class);
        ImportResult again = importText("copy.txt", LIBRARY.get(200).text());

        assertThat(again).as("found without reading the garbled file, whose fingerprint the cache holds")
                .isEqualTo(new ImportResult.Duplicate(LIBRARY.get(200).id()));
    }

    @Test
    void aFileEditedBehindTheCachesBackIsFingerprintedAgain() throws Exception {
        importText("new.txt", LIBRARY.get(ARTICLES).text());
        String before = LIBRARY.get(20).text();
        String after = before.replace('ا', 'و');
        assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
        Files.writeString(article(20), after, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(article(20), FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(1)));
        Files.writeString(article(30), LIBRARY.get(ARTICLES + 1).text(), StandardCharsets.UTF_8);

        assertThat(importText("after.txt", after)).isEqualTo(new ImportResult.Duplicate(LIBRARY.get(20).id()));
        assertThat(importText("other.txt", LIBRARY.get(ARTICLES + 1).text()))
                .isEqualTo(new ImportResult.Duplicate(LIBRARY.get(30).id()));
        assertThat(importText("before.txt", before)).as("the old text is no longer in the library")
                .isInstanceOf(ImportResult.Added.class);
        assertThat(importText("gone.txt", LIBRARY.get(30).text())).isInstanceOf(ImportResult.Added.class);
    }

    @Test
    void aCacheThatIsNotWholeIsIgnoredAndWrittenAnew() throws Exception {
        Article newcomer = LIBRARY.get(ARTICLES);
        String lie = Files.size(article(0)) + "\t" + Files.getLastModifiedTime(article(0)).to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + "\t" + Fingerprint.of(newcomer.text()) + "\t" + article(0).getFileName() + "\n";
        Files.createDirectories(cacheFile().getParent());
        for (String broken : List.of("maqal fingerprints 1\n" + lie + "12\t34\tabc", "maqal fingerprints 9\n" + lie,
                lie, "maqal fingerprints 1\n" + lie + "x\ty\t" + "0".repeat(64) + "\tz\n", "\u0000\u00ff garbage")) {
            Files.writeString(cacheFile(), broken, StandardCharsets.UTF_8);
            assertThat(importText("dup.txt", LIBRARY.get(5).text())).isEqualTo(new ImportResult.Duplicate(LIBRARY.get(5).id()));
            assertThat(Files.readString(cacheFile())).as("rewritten whole").startsWith("maqal fingerprints 1\n")
                    .doesNotContain(Fingerprint.of(newcomer.text()));
        }

        Files.writeString(cacheFile(), "maqal fingerprints 1\n" + lie, StandardCharsets.UTF_8);
        assertThat(importText("new.txt", newcomer.text())).as("a whole cache is believed")
                .isEqualTo(new ImportResult.Duplicate(LIBRARY.get(0).id()));
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotStopTheImport() throws Exception {
        Files.writeString(corpus.resolve(".maqal"), "a file where the folder should be");
        assertThat(importText("new.txt", LIBRARY.get(ARTICLES).text())).isInstanceOf(ImportResult.Added.class);
        assertThat(importText("dup.txt", LIBRARY.get(7).text())).isEqualTo(new ImportResult.Duplicate(LIBRARY.get(7).id()));
        assertThat(corpus.resolve(".maqal")).hasContent("a file where the folder should be");
    }
}
