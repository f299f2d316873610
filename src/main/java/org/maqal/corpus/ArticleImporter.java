package org.maqal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;

/**
 * Adds articles to a corpus folder from files a teacher has: {@code .txt} (UTF-8, UTF-16 or
 * Windows-1256, see {@link TextDecoder}), Word {@code .docx} ({@link DocxText}) and saved web pages
 * {@code .html}/{@code .htm} ({@link HtmlText}). The article is stored as UTF-8 {@code ID.txt} with
 * its metadata in {@code ID.json} beside it: the title the file states, else one from the text
 * ({@link Titles}); language Arabic (inferred); the page's address when an HTML page states it; and
 * a note of the file and encoding it came from.
 *
 * <p>A file whose text is already in the corpus (the same once diacritics, letter forms and
 * whitespace are set aside, see {@link Fingerprint}) is reported as a duplicate and not added; the
 * fingerprints of the corpus's files are kept in the folder's {@link FileCatalog}, so that only
 * files added or changed since they were last fingerprinted are read again. Each
 * file is written atomically, the metadata first; on any refusal nothing is written, and the
 * corpus folder is created only when an article is added. Not safe for two importers writing to
 * the same folder at once.
 */
public final class ArticleImporter {
    private final TextDecoder textDecoder = new TextDecoder();
    private final DocxText docxText = new DocxText();
    private final HtmlText htmlText = new HtmlText();
    private final MetadataFiles metadataFiles = new MetadataFiles();

    /**
     * Imports one file into a corpus folder.
     *
     * @param file         a {@code .txt}, {@code .docx}, {@code .html} or {@code .htm} file
     * @param corpusFolder the corpus folder; created if missing
     * @return the article added, or the one already in the corpus with the same text
     * @throws CorpusException with one sentence for a teacher when the file is missing, of another
     *                         kind, not an Arabic article (see {@link TextDecoder}), or when the
     *                         corpus cannot be read or written; nothing is written then
     */
    public ImportResult importFile(Path file, Path corpusFolder) throws CorpusException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(corpusFolder, "corpusFolder");
        String fileName = BoundedReader.nameOf(file);
        if (!Files.exists(file)) {
            throw new CorpusException(ImportProblem.MISSING, fileName, "There is no file " + file + "; check the name and the folder.");
        }
        if (Files.isDirectory(file)) {
            throw new CorpusException(ImportProblem.FOLDER, fileName, fileName + " is a folder, not a file; give the article files inside it.");
        }
        SourceText source = extract(file, fileName);
        requireArticleSize(source.text(), fileName);
        String fingerprint = Fingerprint.of(source.text());
        List<Path> existing = articleFiles(corpusFolder);
        Map<String, FileCatalog.Entry> known = FileCatalog.read(corpusFolder);
        Map<String, FileCatalog.Entry> now = new HashMap<>(existing.size() * 2);
        for (Path article : existing) {
            FileCatalog.Entry entry = known.get(idOf(article));
            if (entry != null) now.put(idOf(article), entry);
        }
        try {
            for (Path article : existing) {
                if (fingerprint(article, known.get(idOf(article)), now).equals(fingerprint)) {
                    return new ImportResult.Duplicate(idOf(article));
                }
            }
        } finally {
            FileCatalog.keep(corpusFolder, known, now);
        }
        String id = ArticleIds.choose(fileName, fingerprint, takenNames(corpusFolder));
        ArticleMetadata metadata = metadata(source, fileName);
        Path textFile = write(corpusFolder, id, source.text(), metadata, fileName);
        return new ImportResult.Added(id, textFile, source.encoding(), metadata);
    }

    /**
     * The fingerprint of a corpus article: the one the catalog holds while the file's size and time
     * are those it recorded, else that of the text read now, put into {@code now} for the catalog.
     */
    private String fingerprint(Path article, FileCatalog.Entry known, Map<String, FileCatalog.Entry> now) throws CorpusException {
        FileCatalog.Stamp stamp = CorpusReader.stampIfFile(article);
        boolean same = known != null && stamp != null && known.text().equals(stamp);
        if (same && known.fingerprint() != null) return known.fingerprint();
        String fingerprint = Fingerprint.of(existingText(article));
        String id = idOf(article);
        if (stamp == null) {
            now.remove(id);
        } else {
            now.put(id, same ? known.withFingerprint(fingerprint) : FileCatalog.Entry.fingerprinted(stamp, fingerprint));
        }
        return fingerprint;
    }


    private SourceText extract(Path file, String fileName) throws CorpusException {
        String extension = extension(fileName);
        switch (extension) {
            case "txt", "text" -> {
                TextDecoder.Decoded decoded = textDecoder.read(file);
                return new SourceText(decoded.text(), "", decoded.encoding(), "");
            }
            case "docx" -> {
                return docxText.read(file);
            }
            case "html", "htm", "xhtml" -> {
                return htmlText.read(file);
            }
            case "doc" -> throw new CorpusException(ImportProblem.OLD_WORD, fileName, "The file " + fileName + " is an old Word document (.doc); open it in"
                    + " Word or LibreOffice, save it as .docx and import that.");
            default -> throw new CorpusException(ImportProblem.UNSUPPORTED, fileName, "Maqal imports .txt, .docx and .html files, and " + fileName
                    + " is none of these; save the article as one of them.");
        }
    }

    /**
     * A Word document may hold more text than its packed size shows; the corpus reads no article
     * file over {@link BoundedReader#MAX_ARTICLE_BYTES}, so none is written.
     */
    private static void requireArticleSize(String text, String fileName) throws CorpusException {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > BoundedReader.MAX_ARTICLE_BYTES) {
            String limit = BoundedReader.megabytes(BoundedReader.MAX_ARTICLE_BYTES);
            throw new CorpusException(ImportProblem.TOO_LARGE, fileName, limit, "The text in " + fileName + " is "
                    + BoundedReader.megabytes(bytes) + ", more than the " + limit
                    + " an article may have; import the article on its own, not a whole collection.", null);
        }
    }

    private static ArticleMetadata metadata(SourceText source, String fileName) {
        MetaField title = source.title().isEmpty() ? Titles.of(source.text()) : MetaField.stated(source.title());
        MetaField address = source.address().isEmpty() ? MetaField.UNKNOWN : MetaField.stated(source.address());
        MetaField notes = MetaField.supplied("Imported from " + fileName + " (" + source.encoding() + ").");
        return new ArticleMetadata(title, null, null, null, MetaField.inferred("ar"), address, notes);
    }

    /** Writes the metadata, then the text, each atomically; removes the metadata if the text cannot be written. */
    private Path write(Path folder, String id, String text, ArticleMetadata metadata, String fileName) throws CorpusException {
        Path metaFile = folder.resolve(id + ".json");
        Path textFile = folder.resolve(id + ".txt");
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeUtf8(metaFile, metadataFiles.toJson(metadata));
            try {
                AtomicFiles.writeUtf8(textFile, text);
            } catch (IOException e) {
                Files.deleteIfExists(metaFile);
                throw e;
            }
            return textFile;
        } catch (IOException e) {
            throw new CorpusException(ImportProblem.CANNOT_WRITE, fileName, folder.toString(), "Cannot write the article into "
                    + folder + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk is not full.", e);
        }
    }

    private String existingText(Path article) throws CorpusException {
        try {
            return textDecoder.read(article).text();
        } catch (CorpusException e) {
            String name = String.valueOf(article.getFileName());
            throw new CorpusException(ImportProblem.CORPUS_ARTICLE_UNREADABLE, name, name, "The corpus article " + name + " cannot be read ("
                    + e.getMessage().replaceAll("[.;]+$", "") + "), so duplicates cannot be checked; fix or remove it first.", e);
        }
    }

    private static List<Path> articleFiles(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw CorpusReader.cannotList(folder, e);
        }
    }

    /** The names in the folder without extension, in lower case, so ids stay unique on case-blind file systems. */
    private static Set<String> takenNames(Path folder) throws CorpusException {
        Set<String> taken = new HashSet<>();
        if (!Files.isDirectory(folder)) return taken;
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                taken.add((dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT));
            });
            return taken;
        } catch (IOException e) {
            throw CorpusReader.cannotList(folder, e);
        }
    }

    private static String idOf(Path textFile) {
        String name = textFile.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
