package org.maqal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.WriteFailure;
import org.maqal.lesson.FileProblem;

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
            throw ExportException.of(FileProblem.NOT_A_FOLDER, absolute,
                    "Cannot export into " + absolute + " because it is a file, not a folder; choose a folder.", null);
        }
        try {
            Files.createDirectories(absolute);
            return absolute;
        } catch (IOException e) {
            throw ExportException.of(FileProblem.of(WriteFailure.of(e)), absolute, "Cannot create the folder " + absolute + " ("
                    + WriteFailure.detail(e) + "); choose a folder you may write to.", e);
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
            throw ExportException.of(FileProblem.FOLDER_IN_THE_WAY, absolute, "Cannot write " + absolute.getFileName()
                    + " because a folder with that name is in the way in " + absolute.getParent()
                    + "; rename or move that folder, or choose another folder.", null);
        }
        try {
            AtomicFiles.write(absolute, bytes);
        } catch (IOException e) {
            throw ExportException.of(FileProblem.of(WriteFailure.of(e)), absolute, sentence(e, absolute), e);
        }
    }

    /** The sentence for a failed write of {@code target}. */
    static String sentence(IOException e, Path target) {
        String name = String.valueOf(target.getFileName());
        String folder = String.valueOf(target.getParent());
        return switch (WriteFailure.of(e)) {
            case NO_SPACE -> "Cannot write " + name + " because the disk is full; free some space or choose another folder.";
            case IN_USE -> "Cannot replace " + name + " because it is open in another program; close it there and export again.";
            case READ_ONLY -> Files.exists(target)
                    ? "Cannot replace " + name + " in " + folder + " because it is read-only or open in another program;"
                            + " close it or choose another folder."
                    : "Cannot write in the folder " + folder + " because it is read-only or you may not write there;"
                            + " choose another folder.";
            case OTHER -> "Cannot write " + name + " in " + folder + " (" + WriteFailure.detail(e) + "); choose another folder.";
        };
    }
}
