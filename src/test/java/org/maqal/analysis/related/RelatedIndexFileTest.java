package org.maqal.analysis.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.related.RelatedIndexFile.How;
import org.maqal.analysis.related.RelatedIndexFile.Opened;
import org.maqal.corpus.AtomicFiles;
import org.maqal.model.Article;
import org.maqal.testing.Refusals;
import org.maqal.testing.Seeds;
import org.maqal.text.TextPipeline;

class RelatedIndexFileTest {
    private static final List<Article> SEEDS = Seeds.corpus().articles();
    private static final RelatedIndexFile FILES = new RelatedIndexFile(TextPipeline.standard(), AtomicFiles::write);

    @TempDir
    Path corpus;

    private static List<Article> library(Article... more) {
        List<Article> all = new ArrayList<>(SEEDS);
        all.addAll(List.of(more));
        return all;
    }

    private static List<List<Related>> answers(RelatedIndex index, List<Article> articles) {
        return articles.stream().map(a -> index.related(a.id(), 10)).toList();
    }

    @Test
    void theFirstOpenBuildsAndWritesTheFileAndTheNextLoadsTheSameIndex() throws Exception {
        List<Article> library = library(Unrelated.HARVEST);
        Opened first = FILES.open(corpus, library);
        Opened second = FILES.open(corpus, library);

        assertThat(first.how()).isEqualTo(How.BUILT);
        assertThat(first.problem()).isEmpty();
        assertThat(RelatedIndexFile.of(corpus)).isEqualTo(corpus.resolve(".maqal/related-index.bin")).isRegularFile();
        assertThat(second.how()).isEqualTo(How.LOADED);
        assertThat(answers(second.index(), library)).isEqualTo(answers(first.index(), library));
        assertThat(second.index().terms()).isEqualTo(first.index().terms());
        try (Stream<Path> files = Files.list(corpus.resolve(".maqal"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("related-index.bin");
        }
    }

    @Test
    void changedNewAndRemovedArticlesAreFoundByTheirContentHash() {
        FILES.open(corpus, library(Unrelated.HARVEST));
        Article first = SEEDS.get(0);
        Article rewritten = new Article(first.id(), first.metadata(), Unrelated.FOOTBALL.text());
        List<Article> changed = new ArrayList<>(SEEDS.subList(1, SEEDS.size()));
        changed.add(rewritten);
        changed.add(Unrelated.FOOTBALL);

        Opened opened = FILES.open(corpus, changed);

        assertThat(opened.how()).isEqualTo(How.UPDATED);
        assertThat(opened.index().contains(Unrelated.HARVEST.id())).as("removed from the library").isFalse();
        assertThat(opened.index().related(Unrelated.FOOTBALL.id(), 1))
                .containsExactly(new Related(first.id(), 1.0));
        assertThat(answers(opened.index(), changed)).isEqualTo(answers(RelatedIndex.build(changed), changed));
        assertThat(FILES.open(corpus, changed).how()).isEqualTo(How.LOADED);
    }

    @Test
    void aDamagedFileOfAnotherFormatOrOtherRulesIsRebuilt() throws Exception {
        List<Article> library = library(Unrelated.HARVEST);
        FILES.open(corpus, library);
        Path file = RelatedIndexFile.of(corpus);
        byte[] good = Files.readAllBytes(file);
        List<List<Related>> expected = answers(RelatedIndex.build(library), library);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        List<byte[]> damaged = List.of(new byte[0], "not an index".getBytes(), Arrays.copyOf(good, good.length / 3),
                flipped, withInt(good, 8, IndexCodec.FORMAT + 1), withInt(good, 12, TermExtractor.RULES_VERSION + 1),
                withInt(good, 16, Integer.MAX_VALUE));

        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            Opened opened = FILES.open(corpus, library);
            assertThat(opened.how()).isEqualTo(How.BUILT);
            assertThat(answers(opened.index(), library)).isEqualTo(expected);
            assertThat(IndexCodec.decode(Files.readAllBytes(file))).as("rewritten whole").isPresent();
        }
    }

    @Test
    void whenTheFolderCannotBeWrittenTheIndexIsStillThereWithTheReason() throws Exception {
        Files.writeString(corpus.resolve(".maqal"), "a file where the folder should be");

        Opened opened = FILES.open(corpus, SEEDS);

        assertThat(opened.index().related(SEEDS.get(0).id(), 4)).hasSize(4);
        assertThat(opened.problem()).startsWith("The related-article index could not be saved in ")
                .endsWith("check that the folder is writable.");
        assertThat(Refusals.problem(opened.problem())).isNull();
        assertThat(corpus.resolve(".maqal")).hasContent("a file where the folder should be");
    }

    @Test
    void theFileHoldsTheCountsOfEveryArticle() {
        RelatedIndex index = RelatedIndex.build(library(Unrelated.FOOTBALL));
        List<TermCounts> decoded = IndexCodec.decode(IndexCodec.encode(index)).orElseThrow();

        assertThat(decoded).hasSameSizeAs(index.documents());
        for (int d = 0; d < decoded.size(); d++) {
            TermCounts original = index.documents().get(d);
            assertThat(decoded.get(d).id()).isEqualTo(original.id());
            assertThat(decoded.get(d).hash()).isEqualTo(original.hash());
            assertThat(decoded.get(d).terms()).isEqualTo(original.terms());
            assertThat(decoded.get(d).counts()).isEqualTo(original.counts());
        }
    }

    /** The bytes with a big-endian int written at an offset, and the checksum made right again. */
    private static byte[] withInt(byte[] bytes, int offset, int value) {
        byte[] out = bytes.clone();
        ByteBuffer buffer = ByteBuffer.wrap(out).putInt(offset, value);
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 8);
        buffer.putLong(out.length - 8, crc.getValue());
        return out;
    }
}
