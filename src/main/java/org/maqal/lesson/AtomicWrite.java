package org.maqal.lesson;

import org.maqal.corpus.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Replaces a file so that a reader sees the old file or the whole new one, never half of either,
 * and keeps the old one as {@code NAME.bak}. Each new version is written to a temporary file in the
 * same folder, forced to the disk, then moved into place atomically (replacing, where the file
 * system cannot move atomically). Public for the lesson subpackages. Stateless.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** The backup kept beside a file: {@code NAME.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Writes the bytes to the target, creating its folder if needed. When the target exists with
     * other bytes, they become the backup first; when it already holds these bytes nothing is
     * written, so the backup keeps the version before.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (Files.isRegularFile(absolute)) {
            byte[] old = Files.readAllBytes(absolute);
            if (Arrays.equals(old, bytes)) return;
            write(backupOf(absolute), old);
        }
        write(absolute, bytes);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
    }
}
