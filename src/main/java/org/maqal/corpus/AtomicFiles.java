package org.maqal.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see the old state or the whole new file, never half of it: the
 * text goes to a temporary file in the same folder, is forced to the disk, then moved into place
 * atomically (or, where the file system cannot, replacing), and the folder is forced to the disk so
 * the move itself survives a power cut. Stateless.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the text as UTF-8 to the target, which must be in an existing folder. */
    static void writeUtf8(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the bytes to the target so that it holds either its old content or all of the new:
     * a temporary file in the same folder, forced to disk, then moved over the target (atomically
     * where the file system can), then the folder forced to disk so that the new name is there after
     * a power cut too. The folder must exist. Nothing is left behind on failure; a process killed in
     * the middle leaves a hidden {@code .NAME-*.tmp} file, which readers of the target never see.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Forces a folder's entries (the name just moved in) to the disk. Best effort: where a folder
     * cannot be opened as a file (Windows) or forced (some network drives), the file itself is
     * already whole on the disk and only the timing of the rename is left to the file system.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // See above: the saved file is complete either way.
        }
    }
}
