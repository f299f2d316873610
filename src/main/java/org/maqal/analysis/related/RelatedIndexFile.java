package org.maqal.analysis.related;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.maqal.model.Article;
import org.maqal.text.TextDigest;
import org.maqal.text.TextPipeline;

/**
 * Keeps a library's {@link RelatedIndex} on disk beside the corpus, in
 * {@code DIR/.maqal/related-index.bin}, so that a library opens warm: an article whose id and
 * text hash ({@link TextDigest}, the one the corpus's file catalog keeps) match the file is not read
 * again; only new and changed articles are, and
 * articles no longer in the library are dropped. The file (see {@link IndexCodec}) is written by
 * the {@link AtomicWriter} given, so that readers see the old file or the whole new one
 * ({@code org.maqal.corpus.AtomicFiles::write} does that; this layer may not use it directly).
 *
 * <p>The file is a cache, never the only copy of anything: one that is damaged, cut off, of
 * another format or made with other term rules is ignored and rebuilt, and when it cannot be
 * written the index is still returned, with the reason. Thread-safe; two processes opening the
 * same library at once each write a whole file, and the last one stays.
 */
public final class RelatedIndexFile {
    /** The folder beside the articles where Maqal keeps what it can rebuild. */
    public static final String FOLDER = ".maqal";
    public static final String NAME = "related-index.bin";
    /** A file larger than this is not an index Maqal wrote; it is ignored. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final TextPipeline pipeline;
    private final AtomicWriter writer;

    /** Writes a whole file so that readers see the old content or all of the new; the folder exists. */
    @FunctionalInterface
    public interface AtomicWriter {
        void write(Path target, byte[] bytes) throws IOException;
    }

    /** Index files read with the pipeline's stems and function words, and written by the writer. */
    public RelatedIndexFile(TextPipeline pipeline, AtomicWriter writer) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** How the index was had. */
    public enum How {
        /** Every article matched the file. */
        LOADED,
        /** The file was used for the articles that matched it; the others were read and the file rewritten. */
        UPDATED,
        /** There was no usable file; every article was read and the file written. */
        BUILT
    }

    /**
     * An opened index.
     *
     * @param problem why the file could not be written, as one sentence, or empty
     */
    public record Opened(RelatedIndex index, How how, String problem) {
        public Opened {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(how, "how");
            problem = problem == null ? "" : problem;
        }
    }

    /** Where the index of the corpus in this folder is kept. */
    public static Path of(Path corpusFolder) {
        return corpusFolder.resolve(FOLDER).resolve(NAME);
    }

    /**
     * The index of these articles, the library of the corpus folder: from the file where it
     * matches them, read afresh where it does not; the file is rewritten when anything changed.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public Opened open(Path corpusFolder, List<Article> articles) {
        return open(corpusFolder, articles, a -> null);
    }

    /**
     * As {@link #open(Path, List)}, for a caller that already knows the {@link TextDigest} of some
     * texts (the corpus reader keeps them with its file catalog, see
     * {@code org.maqal.corpus.Corpus#knownTextHashes()}): {@code knownHashes} gives an article's, or
     * null when it does not know it; only the others are hashed. The digests given are trusted: they
     * must be those of the articles' texts.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public Opened open(Path corpusFolder, List<Article> articles, Function<Article, byte[]> knownHashes) {
        Objects.requireNonNull(knownHashes, "knownHashes");
        Path file = of(corpusFolder);
        Map<String, TermCounts> stored = new HashMap<>();
        readFile(file).ifPresent(docs -> docs.forEach(d -> stored.put(d.id(), d)));
        TermExtractor extractor = new TermExtractor(pipeline);
        List<TermCounts> docs = articles.parallelStream().map(a -> {
            byte[] given = knownHashes.apply(a);
            byte[] digest = given != null && given.length == TextDigest.BYTES ? given : TextDigest.of(a.text());
            TermCounts known = stored.get(a.id());
            return known != null && Arrays.equals(known.hash(), digest) ? known : extractor.terms(a, digest);
        }).toList();
        RelatedIndex index = RelatedIndex.of(docs);
        long reused = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) == stored.get(articles.get(i).id())) reused++;
        }
        How how = reused == 0 ? How.BUILT : reused == docs.size() && stored.size() == docs.size() ? How.LOADED : How.UPDATED;
        if (how == How.LOADED) return new Opened(index, how, "");
        return new Opened(index, how, save(file, index));
    }

    /** The documents in an index file, or empty when it is missing, unreadable or not a valid index of these rules. */
    static Optional<List<TermCounts>> readFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Optional.empty();
            return IndexCodec.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the index; returns the problem as one sentence, or empty when it was written. */
    private String save(Path file, RelatedIndex index) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            writer.write(file, IndexCodec.encode(index));
            return "";
        } catch (IOException e) {
            return "The related-article index could not be saved in " + folder + " (" + reason(e)
                    + "), so it will be built again next time; check that the folder is writable.";
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof FileSystemException) return "the file system refused";
        String message = e.getMessage();
        return message == null || message.isBlank() || message.contains("\n") ? "an input or output error" : message;
    }
}
