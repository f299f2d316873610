package org.maqal.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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
     * The articles of a folder, in file-name order, read on all cores. When several articles cannot
     * be read, the first in file-name order is the one reported.
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
        Article[] articles = new Article[files.size()];
        CorpusException[] refused = new CorpusException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                articles[i] = readArticle(files.get(i));
            } catch (CorpusException e) {
                refused[i] = e;
            }
        });
        for (CorpusException e : refused) {
            if (e != null) throw e;
        }
        return new Corpus(folder, Arrays.asList(articles));
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
