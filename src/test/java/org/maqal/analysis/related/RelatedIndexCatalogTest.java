package org.maqal.analysis.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.related.RelatedIndexFile.How;
import org.maqal.analysis.related.RelatedIndexFile.Opened;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.TextDigest;
import org.maqal.text.TextPipeline;

/**
 * The related-article index of a library read with its file catalog keys each article by the
 * digest the catalog already keeps, so that opening a cached library hashes no text again, and an
 * article whose file changed is still noticed and read again.
 */
class RelatedIndexCatalogTest {
    private static final RelatedIndexFile FILES = new RelatedIndexFile(TextPipeline.standard(), AtomicFiles::write);
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path root;

    private Path library;

    @BeforeEach
    void copyTheSeeds() throws IOException {
        library = Seeds.copyCorpusInto(root);
        settle();
    }

    /** Sets every article file an hour back, so that the catalog trusts their size and time. */
    private void settle() throws IOException {
        try (Stream<Path> files = Files.list(library)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, AN_HOUR_AGO);
        }
    }

    private Corpus read() throws Exception {
        return CorpusReader.withFileCatalog().read(library);
    }

    /** The digest the index file holds for each article id, in hex. */
    private Map<String, String> storedDigests() {
        return RelatedIndexFile.readFile(RelatedIndexFile.of(library)).orElseThrow().stream()
                .collect(Collectors.toMap(TermCounts::id, d -> HexFormat.of().formatHex(d.hash())));
    }

    private static Map<String, String> catalogDigests(Corpus corpus) {
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < corpus.articles().size(); i++) byId.put(corpus.articles().get(i).id(), corpus.textHashes().get(i));
        return byId;
    }

    @Test
    void theIndexFileKeysEachArticleByTheDigestTheCatalogKeeps() throws Exception {
        Corpus first = read();
        assertThat(FILES.open(library, first.articles(), first.knownTextHashes()).how()).isEqualTo(How.BUILT);

        Corpus again = read();
        assertThat(catalogDigests(again)).hasSize(again.articles().size());
        assertThat(storedDigests()).isEqualTo(catalogDigests(again));
        for (Article a : again.articles()) {
            assertThat(storedDigests().get(a.id())).isEqualTo(HexFormat.of().formatHex(TextDigest.of(a.text())));
        }
        assertThat(FILES.open(library, again.articles(), again.knownTextHashes()).how()).isEqualTo(How.LOADED);
    }

    @Test
    void theDigestsGivenAreTakenAsTheyAreAndNotComputedAgain() throws Exception {
        Corpus corpus = read();
        FILES.open(library, corpus.articles(), corpus.knownTextHashes());
        Article first = corpus.articles().get(0);
        Article retold = new Article(first.id(), first.metadata(), Unrelated.FOOTBALL.text());
        List<Article> changedInMemory = Stream.concat(Stream.of(retold), corpus.articles().stream().skip(1)).toList();
        Map<String, String> catalog = catalogDigests(corpus);

        Opened trusted = FILES.open(library, changedInMemory, a -> HexFormat.of().parseHex(catalog.get(a.id())));

        assertThat(trusted.how()).as("the digest given for the retold article is the old one, and it is believed")
                .isEqualTo(How.LOADED);
        Opened hashed = FILES.open(library, changedInMemory, a -> null);
        assertThat(hashed.how()).as("without a digest given, the text is hashed and the change noticed").isEqualTo(How.UPDATED);
    }

    @Test
    void anArticleWhoseFileChangedIsReadAgainAndTheOthersAreKept() throws Exception {
        Corpus before = read();
        FILES.open(library, before.articles(), before.knownTextHashes());
        Article changed = before.articles().get(2);
        Files.writeString(library.resolve(changed.id() + ".txt"), Unrelated.HARVEST.text());

        Corpus after = read();
        Opened opened = FILES.open(library, after.articles(), after.knownTextHashes());

        assertThat(opened.how()).isEqualTo(How.UPDATED);
        Map<String, String> stored = storedDigests();
        assertThat(stored.get(changed.id())).isEqualTo(HexFormat.of().formatHex(TextDigest.of(Unrelated.HARVEST.text())))
                .isNotEqualTo(catalogDigests(before).get(changed.id()));
        assertThat(stored).isEqualTo(catalogDigests(after));
        for (Article a : after.articles()) {
            assertThat(opened.index().related(a.id(), 10)).isEqualTo(RelatedIndex.build(after.articles()).related(a.id(), 10));
        }
        assertThat(opened.index().related(changed.id(), 10)).as("a harvest story is hardly like a NATO story")
                .allSatisfy(r -> assertThat(r.score()).isLessThan(0.1));
    }
}
