package org.maqal.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old state or the whole new file, never half of it: the
 * text goes to a temporary file in the same folder, is forced to the disk, then moved into place
 * atomically (or, where the file system cannot, replacing), and the folder is forced to the disk so
 * the move itself survives a power cut.
 *
 * <p>A process killed in the middle of a write leaves its temporary file, named
 * {@code .NAME.maqal-DIGITS.tmp} for a target {@code NAME} (earlier versions wrote
 * {@code .NAME-DIGITS.tmp}). Such files, and only such files, are removed once they are older than
 * {@link #STALE_AFTER}, whenever a file is next written in their folder or the folder is opened
 * ({@link #removeStaleTemps}); no write takes that long, so a save under way in another process is
 * never touched. Stateless.
 */
public final class AtomicFiles {
    /** How old a temporary file of ours must be before it counts as left by a killed save. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final String MARK = ".maqal-";
    private static final Pattern TEMP = Pattern.compile("\\..+\\.maqal-\\d{1,20}\\.tmp");
    private static final Pattern EARLIER_TEMP = Pattern.compile("\\..+-\\d{15,20}\\.tmp");

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
     * the middle leaves a hidden {@code .NAME.maqal-DIGITS.tmp} file, which readers of the target
     * never see and a later write in the folder removes once it is stale.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = newTemp(folder, target.getFileName().toString());
        try {
            keepPermissions(target, temp);
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
        removeStaleTemps(folder);
    }

    /**
     * A new, empty temporary file for the target {@code name} in the folder. Made as any new file of
     * the user's is (the permissions their umask gives, so a worksheet written for a shared folder can
     * be read there), not owner-only as {@link Files#createTempFile} would make it.
     */
    private static Path newTemp(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + MARK + (ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Gives the temporary file the permissions of the file it will replace, where the file system has such permissions. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)) Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not ours to change: the new file keeps the default permissions.
        }
    }

    /**
     * Removes from a folder the temporary files of writes killed part way: files named as this class
     * names them and last changed more than {@link #STALE_AFTER} ago. Any other file, a recent
     * temporary file (a save may be under way in another process) and subfolders are left alone.
     * Best effort: a folder that cannot be listed, or a file that cannot be removed, is skipped, as
     * such a file only takes room and is never read.
     *
     * @return how many files were removed
     */
    public static int removeStaleTemps(Path folder) {
        Instant before = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> isTemp(p.getFileName().toString()))) {
            for (Path temp : temps) {
                try {
                    if (Files.isRegularFile(temp) && Files.getLastModifiedTime(temp).toInstant().isBefore(before)
                            && Files.deleteIfExists(temp)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // See above: left for the next time.
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed holds nothing we can clean.
        }
        return removed;
    }

    /**
     * Removes every temporary file of one target, whatever its age; for a file that only one process
     * writes, when that process opens it again after a crash. Best effort, like {@link #removeStaleTemps}.
     */
    public static void removeTempsOf(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        if (folder == null) return;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> isTempOf(name, p.getFileName().toString()))) {
            for (Path temp : temps) Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // Leftovers only take room; the file itself is unaffected.
        }
    }

    /** Whether a file name is that of a temporary file this class (or an earlier version) writes. */
    static boolean isTemp(String fileName) {
        return TEMP.matcher(fileName).matches() || EARLIER_TEMP.matcher(fileName).matches();
    }

    private static boolean isTempOf(String target, String fileName) {
        return isTemp(fileName) && (fileName.startsWith("." + target + MARK) || fileName.startsWith("." + target + "-"));
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
