package org.maqal.analysis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.related.RelatedIndexFile;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;

/**
 * Keeps the analyses of a library's articles on disk beside the corpus, in
 * {@code DIR/.maqal/analyses.bin} (format: {@link StoredAnalyses}), so that a library opens fast the
 * second time: an article whose text (by SHA-256) was analysed by this very analyzer (see
 * {@link AnalyzerVersion}) is read from the file instead of analysed again; new and changed articles
 * are analysed, and the file is rewritten, without the analyses of articles no longer there, when
 * anything changed. The corpus-wide measures (vocabulary keyness, readability) are kept too, for
 * the very corpus they were measured in: when any article changes they are worked out afresh.
 *
 * <p>The file is a cache and never a reason for the work to fail: one that is missing, damaged, cut
 * off, of another format or from another analyzer is ignored and rebuilt, and one that cannot be
 * written (a read-only folder) is simply not written. It is written whole through the
 * {@link RelatedIndexFile.AtomicWriter} given, so a reader sees the old file or the new. Thread-safe.
 */
public final class AnalysisFile {
    public static final String NAME = "analyses.bin";
    /** A file larger than this is not one Maqal wrote for a library it can hold in memory; it is ignored. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Optional<String> version;
    private final RelatedIndexFile.AtomicWriter writer;

    /**
     * Cache files for analyses made by the analyzer of this version; with an empty version, no
     * file is read or written.
     */
    public AnalysisFile(Optional<String> version, RelatedIndexFile.AtomicWriter writer) {
        this.version = Objects.requireNonNull(version, "version");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Cache files for {@link org.maqal.analysis.ArticleAnalyzer#standard()}, in this program's version. */
    public static AnalysisFile standard(RelatedIndexFile.AtomicWriter writer) {
        return new AnalysisFile(AnalyzerVersion.current(), writer);
    }

    /** No cache file: every article is analysed each time. */
    public static AnalysisFile none() {
        return new AnalysisFile(Optional.empty(), (target, bytes) -> { });
    }

    /** Where the analyses of the corpus in this folder are kept. */
    public static Path of(Path corpusFolder) {
        return corpusFolder.resolve(RelatedIndexFile.FOLDER).resolve(NAME);
    }

    /**
     * A library's analysis and how it was had.
     *
     * @param kept     how many articles were read from the file rather than analysed
     * @param written  whether the file was (re)written
     * @param problem  why the file could not be written, as one sentence, or empty
     */
    public record Opened(CorpusAnalysis analysis, int kept, boolean written, String problem) {
    }

    /**
     * The analysis of the articles of the corpus in this folder, by this analyzer (which must be
     * the analyzer this file's version names), from the file where it holds them.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public Opened analyze(CorpusAnalyzer analyzer, Path corpusFolder, List<Article> articles, Progress progress) {
        return analyze(analyzer, corpusFolder, articles, StoredAnalyses.NO_KNOWN_HASHES, progress);
    }

    /**
     * As {@link #analyze(CorpusAnalyzer, Path, List, Progress)}, for a caller that already knows the
     * {@link org.maqal.text.TextDigest} of some texts (the corpus reader keeps them with its file
     * catalog): {@code knownHashes} gives an article's, or null when it does not know it; the others
     * are computed. The hashes given are trusted: they must be those of the articles' texts.
     */
    public Opened analyze(CorpusAnalyzer analyzer, Path corpusFolder, List<Article> articles,
                          Function<Article, byte[]> knownHashes, Progress progress) {
        if (version.isEmpty()) return new Opened(analyzer.analyze(articles, progress), 0, false, "");
        Path file = of(corpusFolder);
        StoredAnalyses stored = read(file, analyzer.articleAnalyzer()::analyze).orElseGet(StoredAnalyses::empty);
        Optional<CorpusAnalysis> whole = stored.corpus(articles, knownHashes, progress);
        if (whole.isPresent()) return new Opened(whole.get(), articles.size(), false, "");
        AtomicInteger kept = new AtomicInteger();
        CorpusAnalysis analysis = analyzer.analyze(articles, progress, article -> {
            ArticleAnalysis found = stored.find(article, knownHashes);
            if (found != null) kept.incrementAndGet();
            return found;
        });
        String problem = save(file, analysis);
        return new Opened(analysis, kept.get(), problem.isEmpty(), problem);
    }

    /**
     * The analyses in the file, or empty when it is missing, unreadable or not one of this format and
     * version; {@code again} analyses an article afresh should what is stored of it prove damaged on first use.
     */
    Optional<StoredAnalyses> read(Path file, Function<Article, ArticleAnalysis> again) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Optional.empty();
            return StoredAnalyses.read(Files.readAllBytes(file), version.orElseThrow(), again);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the analyses; returns the problem as one sentence, or empty when they were written. */
    private String save(Path file, CorpusAnalysis analysis) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            byte[] bytes = StoredAnalyses.encode(version.orElseThrow(), analysis);
            Files.createDirectories(folder);
            writer.write(file, bytes);
            return "";
        } catch (IOException | RuntimeException e) {
            return "The analyses could not be kept in " + folder + ", so the library will be analysed again next time.";
        }
    }
}
