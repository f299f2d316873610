package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.TextDigest;

/**
 * The file catalog in {@code DIR/.maqal/corpus-files.bin}: reading a library with it gives what
 * reading every file gives and notices every change, and an import's duplicate check finds the
 * library's fingerprints in it; a catalog that is not whole is ignored and written anew, and one that
 * cannot be written stops nothing.
 */
class FileCatalogTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    /** Sets every file of a folder an hour back, so that the catalog trusts their stamps. */
    private static void settle(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, AN_HOUR_AGO);
        }
    }

    /** Replaces a file's bytes behind the catalog's back, keeping its size and time. */
    private static void garble(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.write(file, new byte[(int) Files.size(file)]);
        Files.setLastModifiedTime(file, time);
    }

    @Nested
    class Reading {
        @TempDir
        Path root;

        private Path corpus;
        private final CorpusReader plain = new CorpusReader();

        @BeforeEach
        void copyTheSeeds() throws IOException {
            corpus = Seeds.copyCorpusInto(root);
            settle(corpus);
        }

        @Test
        void theSecondReadingGivesTheSameArticlesAsReadingEveryFile() throws CorpusException {
            List<Article> expected = plain.read(corpus).articles();
            assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(expected);
            assertThat(FileCatalog.of(corpus)).isRegularFile();
            assertThat(FileCatalog.read(corpus)).hasSize(expected.size()).allSatisfy((id, e) -> assertThat(e.plain()).isTrue());
            assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(expected);
        }

        @Test
        void theCataloguedReaderHandsOnEachTextsHashAndTakesItFromTheCatalogTheNextTime() throws Exception {
            assertThat(plain.read(corpus).textHashes()).isEmpty();
            Corpus first = CorpusReader.withFileCatalog().read(corpus);
            assertThat(first.textHashes()).hasSameSizeAs(first.articles());
            for (int i = 0; i < first.articles().size(); i++) {
                byte[] digest = TextDigest.of(first.articles().get(i).text());
                assertThat(first.textHashes().get(i)).isEqualTo(HexFormat.of().formatHex(digest));
                assertThat(first.knownTextHashes().apply(first.articles().get(i))).isEqualTo(digest);
            }
            Article copy = new Article("copy", first.articles().get(0).metadata(), first.articles().get(0).text());
            assertThat(first.knownTextHashes().apply(copy)).as("only for the corpus's own articles").isNull();

            Map<String, FileCatalog.Entry> kept = new HashMap<>(FileCatalog.read(corpus));
            String id = first.articles().get(2).id();
            String other = "ab".repeat(32);
            FileCatalog.Entry e = kept.get(id);
            kept.put(id, new FileCatalog.Entry(e.text(), e.plain(), e.metadataFile(), e.metadata(), e.fingerprint(), other));
            FileCatalog.keep(corpus, Map.of(), kept);
            assertThat(CorpusReader.withFileCatalog().read(corpus).textHashes().get(2)).as("taken from the catalog, not computed")
                    .isEqualTo(other);
        }

        @Test
        void aChangedTextOrMetadataFileIsReadAgain() throws Exception {
            CorpusReader.withFileCatalog().read(corpus);
            Article first = plain.read(corpus).articles().get(0);
            Path text = corpus.resolve(first.id() + ".txt");
            Files.writeString(text, first.text() + "\nوقال المتحدث إن المهمة انتهت.", StandardCharsets.UTF_8);
            Path metadata = corpus.resolve(first.id() + ".json");
            Files.writeString(metadata, Files.readString(metadata).replace(first.title(), "عنوان جديد"));

            Article again = CorpusReader.withFileCatalog().read(corpus).articles().get(0);
            assertThat(again.text()).endsWith("المهمة انتهت.");
            assertThat(again.title()).isEqualTo("عنوان جديد");
            assertThat(again).isEqualTo(plain.read(corpus).articles().get(0));
            assertThat(CorpusReader.withFileCatalog().read(corpus).textHashes().get(0))
                    .isEqualTo(HexFormat.of().formatHex(TextDigest.of(again.text())));
            assertThat(FileCatalog.read(corpus)).as("a file changed just now is not kept until it has settled")
                    .hasSize(plain.read(corpus).articles().size() - 1).doesNotContainKey(first.id());
        }

        @Test
        void aTextSavedAgainInAnotherEncodingKeepingItsTimeIsDecodedAgain() throws Exception {
            CorpusReader.withFileCatalog().read(corpus);
            Article first = plain.read(corpus).articles().get(0);
            Path text = corpus.resolve(first.id() + ".txt");
            FileTime time = Files.getLastModifiedTime(text);
            Files.write(text, first.text().getBytes(Charset.forName("windows-1256")));
            Files.setLastModifiedTime(text, time);

            assertThat(CorpusReader.withFileCatalog().read(corpus).articles().get(0).text()).isEqualTo(first.text());
        }

        @Test
        void aDamagedCatalogIsIgnored() throws Exception {
            List<Article> expected = plain.read(corpus).articles();
            CorpusReader.withFileCatalog().read(corpus);
            byte[] good = Files.readAllBytes(FileCatalog.of(corpus));
            for (int cut : new int[] {0, 7, good.length / 2, good.length - 1}) {
                Files.write(FileCatalog.of(corpus), Arrays.copyOf(good, cut));
                assertThat(FileCatalog.read(corpus)).isEmpty();
                assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(expected);
            }
            byte[] flipped = good.clone();
            flipped[good.length / 3] ^= 0x20;
            Files.write(FileCatalog.of(corpus), flipped);
            assertThat(FileCatalog.read(corpus)).isEmpty();
            assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(expected);
        }

        @Test
        void aFolderWhereTheCatalogCannotBeWrittenIsReadAllTheSame() throws Exception {
            Files.writeString(corpus.resolve(".maqal"), "not a folder");
            assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(plain.read(corpus).articles());
        }
    }

    @Nested
    class Importing {
        private static final int ARTICLES = 300;
        private static final List<Article> LIBRARY = new SyntheticCorpus(Seeds.corpus().articles()).generate(ARTICLES + 2, 11);

        private final ArticleImporter importer = new ArticleImporter();

        @TempDir
        Path corpus;

        @TempDir
        Path inbox;

        @BeforeEach
        void writeLibrary() throws IOException {
            for (Article a : LIBRARY.subList(0, ARTICLES)) {
                Files.writeString(corpus.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            }
            settle(corpus);
        }

        private ImportResult importText(String name, String text) throws IOException, CorpusException {
            return importer.importFile(Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8), corpus);
        }

        private Path article(int index) {
            return corpus.resolve(LIBRARY.get(index).id() + ".txt");
        }

        @Test
        void theFirstImportRecordsEveryFileAndTheNextFindsADuplicateThroughTheCatalog() throws Exception {
            ImportResult added = importText("new.txt", LIBRARY.get(ARTICLES).text());
            assertThat(added).isInstanceOf(ImportResult.Added.class);
            Map<String, FileCatalog.Entry> kept = FileCatalog.read(corpus);
            assertThat(kept).as("every settled file, not the one just written").hasSize(ARTICLES).doesNotContainKey(added.id());
            assertThat(kept.get(LIBRARY.get(3).id()).fingerprint()).isEqualTo(Fingerprint.of(LIBRARY.get(3).text()));

            garble(article(10));
            assertThatThrownBy(() -> new TextDecoder().read(article(10))).isInstanceOf(CorpusException.class);
            ImportResult again = importText("copy.txt", LIBRARY.get(200).text());

            assertThat(again).as("found without reading the garbled file, whose fingerprint the catalog holds")
                    .isEqualTo(new ImportResult.Duplicate(LIBRARY.get(200).id()));
        }

        @Test
        void aFileEditedBehindTheCatalogsBackIsFingerprintedAgain() throws Exception {
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

        /** A catalog, as Maqal writes it, that says the first article's text is the newcomer's. */
        private byte[] lyingCatalog(Article newcomer) throws Exception {
            FileCatalog.Stamp stamp = CorpusReader.stampIfFile(article(0));
            FileCatalog.keep(corpus, Map.of(), Map.of(LIBRARY.get(0).id(), FileCatalog.Entry.fingerprinted(stamp, Fingerprint.of(newcomer.text()))));
            return Files.readAllBytes(FileCatalog.of(corpus));
        }

        /** The catalog with its format number changed and its checksum made good again. */
        private static byte[] withFormat(byte[] catalog, int format) {
            byte[] other = catalog.clone();
            ByteBuffer.wrap(other).putInt(8, format);
            CRC32C crc = new CRC32C();
            crc.update(other, 0, other.length - 8);
            ByteBuffer.wrap(other).putLong(other.length - 8, crc.getValue());
            return other;
        }

        @Test
        void aCatalogThatIsNotWholeIsIgnoredAndWrittenAnew() throws Exception {
            Article newcomer = LIBRARY.get(ARTICLES);
            byte[] lie = lyingCatalog(newcomer);
            assertThat(FileCatalog.read(corpus)).hasSize(1);
            byte[] flipped = lie.clone();
            flipped[lie.length / 2] ^= 0x01;
            for (byte[] broken : List.of(Arrays.copyOf(lie, lie.length - 1), Arrays.copyOf(lie, 12), flipped,
                    withFormat(lie, 1), withFormat(lie, 99), "\u0000\u00ff garbage".getBytes(StandardCharsets.UTF_8))) {
                Files.write(FileCatalog.of(corpus), broken);
                assertThat(importText("dup.txt", LIBRARY.get(5).text())).isEqualTo(new ImportResult.Duplicate(LIBRARY.get(5).id()));
                assertThat(FileCatalog.read(corpus)).as("written anew").isNotEmpty()
                        .allSatisfy((id, e) -> assertThat(e.fingerprint()).isNotEqualTo(Fingerprint.of(newcomer.text())));
            }

            Files.write(FileCatalog.of(corpus), lie);
            assertThat(importText("new.txt", newcomer.text())).as("a whole catalog is believed")
                    .isEqualTo(new ImportResult.Duplicate(LIBRARY.get(0).id()));
        }

        @Test
        void anOldFingerprintFileIsIgnored() throws Exception {
            Article newcomer = LIBRARY.get(ARTICLES);
            Path old = Files.createDirectories(corpus.resolve(".maqal")).resolve("fingerprints.tsv");
            Files.writeString(old, "maqal fingerprints 1\n" + Files.size(article(0)) + "\t"
                    + Files.getLastModifiedTime(article(0)).to(java.util.concurrent.TimeUnit.NANOSECONDS) + "\t"
                    + Fingerprint.of(newcomer.text()) + "\t" + article(0).getFileName() + "\n", StandardCharsets.UTF_8);

            assertThat(importText("new.txt", newcomer.text())).isInstanceOf(ImportResult.Added.class);
        }

        @Test
        void aCatalogThatCannotBeWrittenDoesNotStopTheImport() throws Exception {
            Files.writeString(corpus.resolve(".maqal"), "a file where the folder should be");
            assertThat(importText("new.txt", LIBRARY.get(ARTICLES).text())).isInstanceOf(ImportResult.Added.class);
            assertThat(importText("dup.txt", LIBRARY.get(7).text())).isEqualTo(new ImportResult.Duplicate(LIBRARY.get(7).id()));
            assertThat(corpus.resolve(".maqal")).hasContent("a file where the folder should be");
        }

        @Test
        void readingAndImportingShareOneCatalog() throws Exception {
            List<Article> expected = new CorpusReader().read(corpus).articles();
            CorpusReader.withFileCatalog().read(corpus);
            assertThat(FileCatalog.read(corpus)).as("the reader computes no fingerprints")
                    .hasSize(ARTICLES).allSatisfy((id, e) -> assertThat(e.fingerprint()).isNull());

            ImportResult added = importText("new.txt", LIBRARY.get(ARTICLES).text());
            assertThat(added).isInstanceOf(ImportResult.Added.class);
            Map<String, FileCatalog.Entry> afterImport = FileCatalog.read(corpus);
            assertThat(afterImport).as("what the reader found is kept beside the fingerprints").hasSize(ARTICLES)
                    .allSatisfy((id, e) -> assertThat(e.plain()).isTrue())
                    .allSatisfy((id, e) -> assertThat(e.fingerprint()).matches("[0-9a-f]{64}"));

            Files.delete(corpus.resolve(added.id() + ".txt"));
            Files.delete(corpus.resolve(added.id() + ".json"));
            assertThat(CorpusReader.withFileCatalog().read(corpus).articles()).isEqualTo(expected);
            assertThat(FileCatalog.read(corpus)).as("the reader keeps the fingerprints of unchanged files")
                    .isEqualTo(afterImport);
        }
    }
}
