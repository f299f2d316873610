package org.maqal.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Why writing a file failed, in the few kinds a person acts on differently: a full disk, a file
 * another program holds open (Windows locks a document open in Word or Excel), a file or folder that
 * may not be written, or anything else. Read from the exception the file system gave, whose wording
 * differs between Windows, macOS and Linux.
 */
public enum WriteFailure {
    /** The disk or USB stick is full. */
    NO_SPACE,
    /** Another program has the file open and locked. */
    IN_USE,
    /** The file or its folder is read-only, or the user may not write there. */
    READ_ONLY,
    /** Any other failure; {@link #detail} says what the system said. */
    OTHER;

    /** The kind of a failed write. */
    public static WriteFailure of(IOException e) {
        String said = detail(e).toLowerCase(Locale.ROOT);
        if (said.contains("no space") || said.contains("disk full") || said.contains("not enough space")) return NO_SPACE;
        if (said.contains("used by another process") || said.contains("locked") || said.contains("sharing violation")) return IN_USE;
        if (e instanceof AccessDeniedException || said.contains("permission denied") || said.contains("read-only")
                || said.contains("access is denied")) {
            return READ_ONLY;
        }
        return OTHER;
    }

    /** What the system said about a failed file operation, without the file's path. */
    public static String detail(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (e instanceof AccessDeniedException) return "access denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
