package org.maqal.analysis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.ArticleAnalyzer;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.testing.Seeds;
import org.maqal.text.TextDigest;

/** The analyses a library keeps on disk: read back equal, redone when their article changes, never trusted when damaged. */
class AnalysisFileTest {
    private static final CorpusAnalyzer ANALYZER = CorpusAnalyzer.standard();
    private static final AnalysisFile FILES = new AnalysisFile(Optional.of("test-1"), AtomicFiles::write);

    @TempDir
    Path corpus;

    private final List<Article> seeds = Seeds.corpus().articles();

    @Test
    void theRealCorpusOpensFromTheFileWithEveryAnalysisEqual() {
        AnalysisFile.Opened first = FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        assertThat(first.kept()).isZero();
        assertThat(first.written()).isTrue();
        assertThat(AnalysisFile.of(corpus)).isRegularFile();

        AnalysisFile.Opened second = FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        assertThat(second.kept()).isEqualTo(seeds.size());
        assertThat(second.written()).isFalse();
        assertThat(second.analysis()).isEqualTo(first.analysis());
        assertThat(second.analysis()).isEqualTo(ANALYZER.analyze(seeds));
    }

    @Test
    void textHashesTheCallerKnowsAreUsedInsteadOfHashingAgain() {
        AnalysisFile.Opened first = FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        AnalysisFile.Opened known = FILES.analyze(ANALYZER, corpus, seeds, a -> TextDigest.of(a.text()), Progress.NONE);
        assertThat(known.kept()).isEqualTo(seeds.size());
        assertThat(known.written()).isFalse();
        assertThat(known.analysis()).isEqualTo(first.analysis());

        Article misdescribed = seeds.get(3);
        AnalysisFile.Opened wrong = FILES.analyze(ANALYZER, corpus, seeds,
                a -> a == misdescribed ? new byte[TextDigest.BYTES] : null, Progress.NONE);
        assertThat(wrong.kept()).as("the one given hash is taken as is, the others are computed").isEqualTo(seeds.size() - 1);
        assertThat(wrong.analysis()).isEqualTo(first.analysis());
    }

    @Test
    void generatedArticlesReadBackEqual() {
        List<Article> library = new SyntheticCorpus(seeds).generate(300, 11);
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        List<ArticleAnalysis> analyses = library.stream().map(analyzer::analyze).toList();
        StoredAnalyses stored = StoredAnalyses.read(StoredAnalyses.encode("v", analyses), "v").orElseThrow();

        assertThat(stored.size()).isEqualTo(library.size());
        for (ArticleAnalysis a : analyses) assertThat(stored.find(a.article())).isEqualTo(a);
        assertThat(stored.damaged()).isFalse();
    }

    @Test
    void anArticleWithTheSameTextUnderAnotherIdGetsTheStoredAnalysisWithItsOwnMetadata() {
        Article original = seeds.get(2);
        Article copy = new Article("copy", Seeds.article("000").metadata(), original.text());
        ArticleAnalysis analysis = ArticleAnalyzer.standard().analyze(original);
        StoredAnalyses stored = StoredAnalyses.read(StoredAnalyses.encode("v", List.of(analysis)), "v").orElseThrow();

        ArticleAnalysis found = stored.find(copy);
        assertThat(found.article()).isEqualTo(copy);
        assertThat(found.tokens()).isEqualTo(analysis.tokens());
        assertThat(found.claims()).isEqualTo(analysis.claims());
    }

    @Test
    void aChangedArticleIsAnalysedAgainAndTheOthersAreKept() {
        FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        List<Article> changed = new ArrayList<>(seeds);
        Article edited = new Article(seeds.get(1).id(), seeds.get(1).metadata(), seeds.get(1).text() + "\nوقال المتحدث إن المهمة انتهت.");
        changed.set(1, edited);

        AnalysisFile.Opened opened = FILES.analyze(ANALYZER, corpus, changed, Progress.NONE);
        assertThat(opened.kept()).isEqualTo(seeds.size() - 1);
        assertThat(opened.written()).isTrue();
        assertThat(opened.analysis()).isEqualTo(ANALYZER.analyze(changed));
        assertThat(opened.analysis().report(edited.id()).orElseThrow().analysis().claims())
                .anySatisfy(c -> assertThat(c.text()).contains("المهمة انتهت"));

        assertThat(FILES.analyze(ANALYZER, corpus, changed, Progress.NONE).kept()).isEqualTo(seeds.size());
    }

    @Test
    void aRemovedArticleLeavesTheFileWhenItIsNextWritten() throws IOException {
        FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        long before = Files.size(AnalysisFile.of(corpus));
        AnalysisFile.Opened fewer = FILES.analyze(ANALYZER, corpus, seeds.subList(0, 3), Progress.NONE);
        assertThat(fewer.kept()).isEqualTo(3);
        assertThat(fewer.written()).isTrue();
        assertThat(Files.size(AnalysisFile.of(corpus))).isLessThan(before);
    }

    @Test
    void analysesOfAnotherAnalyzerVersionAreNotUsed() {
        FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        AnalysisFile other = new AnalysisFile(Optional.of("test-2"), AtomicFiles::write);
        AnalysisFile.Opened opened = other.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        assertThat(opened.kept()).isZero();
        assertThat(opened.written()).isTrue();
        assertThat(other.analyze(ANALYZER, corpus, seeds, Progress.NONE).kept()).isEqualTo(seeds.size());
    }

    @Test
    void damagedFilesAreIgnoredAndRebuiltWithoutAProblem() throws IOException {
        FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        Path file = AnalysisFile.of(corpus);
        byte[] good = Files.readAllBytes(file);
        CorpusAnalysis expected = ANALYZER.analyze(seeds);
        List<byte[]> damaged = List.of(new byte[0], Arrays.copyOf(good, good.length / 2), Arrays.copyOf(good, good.length - 1),
                flipped(good, good.length / 3), flipped(good, 9), "not a cache at all".getBytes());
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            AnalysisFile.Opened opened = FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
            assertThat(opened.kept()).isZero();
            assertThat(opened.problem()).isEmpty();
            assertThat(opened.analysis()).isEqualTo(expected);
            assertThat(Files.readAllBytes(file)).isEqualTo(good);
        }
    }

    @Test
    void aFileOfANewerFormatIsIgnored() throws IOException {
        FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        Path file = AnalysisFile.of(corpus);
        byte[] newer = Files.readAllBytes(file);
        newer[11] = (byte) (StoredAnalyses.FORMAT + 1);
        Files.write(file, StoredFuzzTest.withChecksum(Arrays.copyOf(newer, newer.length - 8)));
        assertThat(FILES.analyze(ANALYZER, corpus, seeds, Progress.NONE).kept()).isZero();
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesTheAnalysis() {
        AnalysisFile readOnly = new AnalysisFile(Optional.of("test-1"), (target, bytes) -> {
            throw new java.nio.file.AccessDeniedException(target.toString());
        });
        AnalysisFile.Opened opened = readOnly.analyze(ANALYZER, corpus, seeds, Progress.NONE);
        assertThat(opened.analysis()).isEqualTo(ANALYZER.analyze(seeds));
        assertThat(opened.written()).isFalse();
        assertThat(opened.problem()).contains("analysed again next time");
        assertThat(AnalysisFile.of(corpus)).doesNotExist();
    }

    @Test
    void withoutAVersionNothingIsWritten() {
        AnalysisFile.Opened opened = AnalysisFile.none().analyze(ANALYZER, corpus, seeds, Progress.NONE);
        assertThat(opened.analysis()).isEqualTo(ANALYZER.analyze(seeds));
        assertThat(corpus.resolve(".maqal")).doesNotExist();
    }

    @Test
    void theStandardVersionIsKnownAndStable() {
        assertThat(AnalyzerVersion.current()).hasValueSatisfying(v -> assertThat(v).hasSize(64));
        assertThat(AnalyzerVersion.current()).isEqualTo(AnalyzerVersion.current());
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x40;
        return copy;
    }
}
