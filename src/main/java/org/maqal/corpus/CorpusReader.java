package org.maqal.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;

/**
 * Reads a corpus folder: every {@code ID.txt} is an article, and {@code ID.json} beside it, if there,
 * its metadata. A folder of bare {@code .txt} files works too: the id is the file name, the title the
 * first line when it is a headline. Thread-safe.
 */
public final class CorpusReader {
    private final MetadataFiles metadataFiles = new MetadataFiles();
    private final TextDecoder decoder = new TextDecoder();

    /**
     * The articles of a folder, in file-name order.
     *
     * @throws CorpusException when the folder is missing, holds no articles, or an article cannot be read
     */
    public Corpus read(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("There is no corpus folder at " + folder + "; give an existing folder with --corpus.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list the corpus folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("The folder " + folder + " holds no .txt articles; add some with `import`.");
        }
        List<Article> articles = new ArrayList<>(files.size());
        for (Path file : files) articles.add(readArticle(file));
        return new Corpus(folder, articles);
    }

    /** One article file with its metadata, if any. */
    public Article readArticle(Path file) throws CorpusException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String text = decoder.read(file).text();
        Path metaFile = file.resolveSibling(id + ".json");
        ArticleMetadata metadata = Files.isRegularFile(metaFile)
                ? metadataFiles.read(metaFile)
                : ArticleMetadata.titled(Titles.of(text));
        if (!metadata.title().isKnown()) metadata = metadata.withTitle(Titles.of(text));
        return new Article(id, metadata, text);
    }
}
