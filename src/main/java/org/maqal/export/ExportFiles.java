package org.maqal.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.maqal.corpus.AtomicFiles;

/**
 * Writes export files so that the final path holds the whole new file or what was there before,
 * never half of one (a temporary file in the same folder, forced to disk, then moved into place),
 * and turns every way a target can refuse into one sentence a teacher can act on. Stateless.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /**
     * The folder, created if missing.
     *
     * @throws ExportException when it is a file or cannot be created
     */
    public static Path folder(Path folder) throws ExportException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) return absolute;
        if (Files.exists(absolute)) {
            throw new ExportException("Cannot export into " + absolute + " because it is a file, not a folder; choose a folder.");
        }
        try {
            Files.createDirectories(absolute);
            return absolute;
        } catch (IOException e) {
            throw new ExportException("Cannot create the folder " + absolute + " (" + detail(e)
                    + "); choose a folder you may write to.", e);
        }
    }

    /**
     * Writes the bytes to the target, replacing a file there.
     *
     * @throws ExportException when the target cannot be written; the target then keeps what it held
     */
    public static void write(Path target, byte[] bytes) throws ExportException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new ExportException("Cannot write " + absolute.getFileName() + " because a folder with that name is in the way in "
                    + absolute.getParent() + "; rename or move that folder, or choose another folder.");
        }
        try {
            AtomicFiles.write(absolute, bytes);
        } catch (IOException e) {
            throw new ExportException(sentence(e, absolute), e);
        }
    }

    /** The sentence for a failed write of {@code target}. */
    static String sentence(IOException e, Path target) {
        String name = String.valueOf(target.getFileName());
        String folder = String.valueOf(target.getParent());
        String detail = detail(e).toLowerCase(Locale.ROOT);
        if (detail.contains("no space") || detail.contains("disk full") || detail.contains("not enough space")) {
            return "Cannot write " + name + " because the disk is full; free some space or choose another folder.";
        }
        if (detail.contains("used by another process") || detail.contains("locked") || detail.contains("sharing violation")) {
            return "Cannot replace " + name + " because it is open in another program; close it there and export again.";
        }
        boolean denied = e instanceof AccessDeniedException || detail.contains("permission denied")
                || detail.contains("read-only") || detail.contains("access is denied");
        if (denied && Files.exists(target)) {
            return "Cannot replace " + name + " in " + folder + " because it is read-only or open in another program;"
                    + " close it or choose another folder.";
        }
        if (denied) {
            return "Cannot write in the folder " + folder + " because it is read-only or you may not write there;"
                    + " choose another folder.";
        }
        return "Cannot write " + name + " in " + folder + " (" + detail(e) + "); choose another folder.";
    }

    private static String detail(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (e instanceof AccessDeniedException) return "access denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
