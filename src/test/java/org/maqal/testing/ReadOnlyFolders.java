package org.maqal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * Folders nobody may write in, for tests of saves that must be refused: a temporary folder made
 * read-only, or, for root (who may write anywhere), {@code /sys}. Tests are skipped where neither
 * exists.
 */
public final class ReadOnlyFolders {
    private ReadOnlyFolders() {
    }

    /** Whether a folder's permissions stop this process from writing (false for root). */
    public static boolean permissionsApply(Path dir) throws IOException {
        return !"root".equals(System.getProperty("user.name")) && Files.getFileStore(dir).supportsFileAttributeView("posix");
    }

    /** A folder in {@code dir} made read-only, or {@code /sys} when permissions do not apply. */
    public static Path in(Path dir) throws IOException {
        if (permissionsApply(dir)) {
            Path folder = Files.createDirectory(dir.resolve("read-only"));
            makeReadOnly(folder);
            return folder;
        }
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(Files.isDirectory(sys), "no read-only folder to try on this system");
        return sys;
    }

    /** Takes the right to write away from a folder (which must then be given back for @TempDir to clean up). */
    public static void makeReadOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    /** Gives the right to write back. */
    public static void makeWritable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
