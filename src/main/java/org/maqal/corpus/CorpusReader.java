package org.maqal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.text.TextDigest;

/**
 * Reads a corpus folder: every {@code ID.txt} is an article, and {@code ID.json} beside it, if there,
 * its metadata. A folder of bare {@code .txt} files works too: the id is the file name, the title the
 * first line when it is a headline. Thread-safe.
 *
 * <p>A reader {@linkplain #withFileCatalog() with a file catalog} keeps what it found about each
 * file in {@code DIR/.maqal/} ({@link FileCatalog}), so that reading a large library again checks
 * and parses only the files whose size or modification time changed, and gives the
 * {@linkplain Corpus#textHashes() hashes of the texts} it kept there.
 */
public final class CorpusReader {
    private final MetadataFiles metadataFiles = new MetadataFiles();
    private final TextDecoder decoder = new TextDecoder();
    private final boolean catalog;

    /** A reader that checks every file each time and writes nothing. */
    public CorpusReader() {
        this(false);
    }

    private CorpusReader(boolean catalog) {
        this.catalog = catalog;
    }

    /**
     * A reader that keeps a catalog of the files it read in the folder's {@code .maqal/} folder and
     * trusts, the next time, what it found about files of the same size and modification time. The
     * catalog is a cache: when it cannot be read or written, every file is checked as by
     * {@link #CorpusReader()}.
     */
    public static CorpusReader withFileCatalog() {
        return new CorpusReader(true);
    }

    /**
     * The articles of a folder, in file-name order, read on all cores. When several articles cannot
     * be read, the first in file-name order is the one reported.
     *
     * @throws CorpusException when the folder is missing, holds no articles, or an article cannot be read
     */
    public Corpus read(Path folder) throws CorpusException {
        return read(folder, null);
    }

    /**
     * The articles of a folder that can be read, as {@link #read(Path)}; each article file that cannot
     * be read (empty, damaged, not Arabic…) is left out and given to {@code skipped}, in file-name order,
     * so that one bad file does not keep a teacher from the others.
     *
     * @throws CorpusException when the folder is missing or cannot be listed, or holds no .txt files
     */
    public Corpus readReadable(Path folder, Consumer<CorpusException> skipped) throws CorpusException {
        return read(folder, Objects.requireNonNull(skipped, "skipped"));
    }

    /** The refusal of a corpus folder whose files cannot be listed. */
    static CorpusException cannotList(Path folder, IOException e) {
        return new CorpusException(ImportProblem.CANNOT_LIST_FOLDER, BoundedReader.nameOf(folder), folder.toString(),
                "Cannot list the corpus folder " + folder + " (" + e.getMessage() + ").", e);
    }

    private Corpus read(Path folder, Consumer<CorpusException> skipped) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException(ImportProblem.NO_CORPUS_FOLDER, BoundedReader.nameOf(folder), folder.toString(),
                    "There is no corpus folder at " + folder + "; give an existing folder with --corpus.", null);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw cannotList(folder, e);
        }
        if (files.isEmpty()) {
            throw new CorpusException(ImportProblem.NO_ARTICLES, BoundedReader.nameOf(folder), folder.toString(),
                    "The folder " + folder + " holds no .txt articles; add some with `import`.", null);
        }
        Map<String, FileCatalog.Entry> known = catalog ? FileCatalog.read(folder) : Map.of();
        Article[] articles = new Article[files.size()];
        FileCatalog.Entry[] found = new FileCatalog.Entry[files.size()];
        CorpusException[] refused = new CorpusException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                Path file = files.get(i);
                if (catalog) {
                    found[i] = readCatalogued(file, known.get(id(file)), articles, i);
                } else {
                    articles[i] = readArticle(file);
                }
            } catch (CorpusException e) {
                refused[i] = e;
            }
        });
        for (CorpusException e : refused) {
            if (e == null) continue;
            if (skipped == null) throw e;
            skipped.accept(e);
        }
        List<Integer> read = IntStream.range(0, files.size()).filter(i -> refused[i] == null).boxed().toList();
        List<Article> readArticles = read.stream().map(i -> articles[i]).toList();
        if (!catalog) return new Corpus(folder, readArticles);
        keep(folder, files, known, found);
        return new Corpus(folder, readArticles, read.stream().map(i -> found[i].textHash()).toList());
    }

    /** One article file with its metadata, if any. */
    public Article readArticle(Path file) throws CorpusException {
        String id = id(file);
        String text = decoder.read(file).text();
        Path metaFile = file.resolveSibling(id + ".json");
        return article(id, text, Files.isRegularFile(metaFile) ? metadataFiles.read(metaFile) : null);
    }

    /**
     * Reads an article into {@code articles[i]}, trusting what the catalog says of files whose size
     * and time match, and returns what the catalog should say now.
     */
    private FileCatalog.Entry readCatalogued(Path file, FileCatalog.Entry known, Article[] articles, int i) throws CorpusException {
        String id = id(file);
        FileCatalog.Stamp textStamp = stamp(file);
        String text;
        boolean plain;
        byte[] same = known != null && known.plain() && known.text().equals(textStamp) ? readUnchanged(file, textStamp) : null;
        if (same != null) {
            text = new String(same, StandardCharsets.UTF_8);
            plain = true;
        } else {
            byte[] bytes = BoundedReader.read(file, BoundedReader.MAX_ARTICLE_BYTES);
            TextDecoder.Decoded decoded = decoder.decode(bytes, BoundedReader.nameOf(file));
            text = decoded.text();
            plain = "UTF-8".equals(decoded.encoding()) && text.equals(new String(bytes, StandardCharsets.UTF_8));
        }
        Path metaFile = file.resolveSibling(id + ".json");
        FileCatalog.Stamp metaStamp = stampIfFile(metaFile);
        ArticleMetadata metadata = null;
        if (metaStamp != null) {
            boolean unchanged = known != null && known.metadata() != null && metaStamp.equals(known.metadataFile());
            metadata = unchanged ? known.metadata() : metadataFiles.read(metaFile);
        }
        articles[i] = article(id, text, metadata);
        boolean sameText = known != null && known.text().equals(textStamp);
        String fingerprint = sameText ? known.fingerprint() : null;
        String textHash = sameText && known.textHash() != null ? known.textHash() : HexFormat.of().formatHex(TextDigest.of(text));
        return new FileCatalog.Entry(textStamp, plain, metaStamp, metadata, fingerprint, textHash);
    }

    /**
     * The bytes of a file the catalog knows, when it still has the size it had then (which was within
     * the limit for an article); null when it cannot be read so, to be read with every check.
     */
    private static byte[] readUnchanged(Path file, FileCatalog.Stamp stamp) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length == stamp.size() ? bytes : null;
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Writes the catalog when what was found differs from what it held. */
    private static void keep(Path folder, List<Path> files, Map<String, FileCatalog.Entry> known, FileCatalog.Entry[] found) {
        Map<String, FileCatalog.Entry> now = new HashMap<>(files.size() * 2);
        for (int i = 0; i < files.size(); i++) {
            if (found[i] != null) now.put(id(files.get(i)), found[i]);
        }
        FileCatalog.keep(folder, known, now);
    }

    private static FileCatalog.Stamp stamp(Path file) throws CorpusException {
        try {
            return FileCatalog.Stamp.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            throw new CorpusException("Cannot read the file " + BoundedReader.nameOf(file) + "; check that it exists and is readable.", e);
        }
    }

    /** The stamp of a regular file, or null when there is none (or it cannot be seen). */
    static FileCatalog.Stamp stampIfFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? FileCatalog.Stamp.of(attributes) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    /** The article with this metadata, or with a title taken from its text when the metadata has none. */
    private static Article article(String id, String text, ArticleMetadata metadata) {
        ArticleMetadata m = metadata != null ? metadata : ArticleMetadata.titled(Titles.of(text));
        if (!m.title().isKnown()) m = m.withTitle(Titles.of(text));
        return new Article(id, m, text);
    }
}
