package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;

/** Reading a library with a file catalog gives what reading every file gives, and notices every change. */
class FileCatalogTest {
    @TempDir
    Path root;

    private Path corpus;
    private final CorpusReader plain = new CorpusReader();

    @BeforeEach
    void copyTheSeeds() throws IOException {
        corpus = Seeds.copyCorpusInto(root);
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
            Files.write(FileCatalog.of(corpus), java.util.Arrays.copyOf(good, cut));
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
