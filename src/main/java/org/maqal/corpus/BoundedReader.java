package org.maqal.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads whole files only when they are small enough to be one article: the size is checked before
 * anything is read, and reading stops at the limit even if the file grows meanwhile.
 */
final class BoundedReader {
    /** The most bytes an article file may have: 20 MB. */
    static final long MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

    private BoundedReader() {
    }

    /**
     * All bytes of a file of at most {@code limit} bytes.
     *
     * @throws CorpusException when the file is missing, a folder, larger than the limit, or unreadable
     */
    static byte[] read(Path file, long limit) throws CorpusException {
        String name = nameOf(file);
        if (Files.isDirectory(file)) {
            throw new CorpusException(ImportProblem.FOLDER, name, name + " is a folder, not a file; give the article files inside it.");
        }
        try {
            long size = Files.size(file);
            if (size > limit) throw tooLarge(name, size, limit);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit) throw tooLarge(name, bytes.length, limit);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new CorpusException(ImportProblem.MISSING, name, "", "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new CorpusException(ImportProblem.CANNOT_READ, name, "", "Cannot read " + file + " (" + e.getMessage()
                    + "); check that it is readable.", e);
        }
    }

    /** The refusal for a file of {@code size} bytes when at most {@code limit} are allowed. */
    static CorpusException tooLarge(String name, long size, long limit) {
        return new CorpusException(ImportProblem.TOO_LARGE, name, megabytes(limit), "The file " + name + " is " + megabytes(size)
                + ", more than the " + megabytes(limit) + " an article may have; import the article on its own, not a whole collection.",
                null);
    }

    /** A size as a teacher reads it: {@code 25.0 MB}, {@code 20 MB}. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%d MB", (long) mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
