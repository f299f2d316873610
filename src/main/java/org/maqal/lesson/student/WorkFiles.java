package org.maqal.lesson.student;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.maqal.corpus.AtomicFiles;
import org.maqal.lesson.AtomicWrite;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;

/**
 * Saves and loads a student's work and hand-ins (see {@link WorkJson} for the fields). Saving is
 * atomic (a reader, or the app started again after a crash, finds the old file or the whole new one)
 * and keeps the version before as {@code NAME.bak}. Loading refuses, with a
 * {@link LessonFileException} of one sentence, a file that is not a student's work, of a newer
 * version, cut off or malformed; {@link #restore} then falls back to the backup. Thread-safe.
 */
public final class WorkFiles {
    /**
     * Writes the work to the file, creating its folder, keeping the file it replaces as the backup.
     *
     * @throws LessonFileException when it cannot be written; the file there before is then intact
     */
    public void save(StudentWork work, Path file) throws LessonFileException {
        try {
            AtomicWrite.replace(file, bytes(work));
        } catch (IOException e) {
            throw LessonFileException.cannotSave("answers", file, e);
        }
    }

    /**
     * The work in a file, read as a hand-in: a damaged one is to be handed in again.
     *
     * @throws LessonFileException when the file is missing or refused as described above
     */
    public StudentWork load(Path file) throws LessonFileException {
        return FileFormat.WORK.load(file, WorkJson::read, Remedy.HAND_IN_AGAIN);
    }

    /**
     * The work saved in a file, or in its backup when the file itself cannot be read; removes the
     * temporary files a save cut short by a crash left beside it.
     *
     * @throws LessonFileException when neither the file nor its backup can be read (the file's reason;
     *                             the student is to ask the teacher)
     */
    public StudentWork restore(Path file) throws LessonFileException {
        AtomicFiles.removeTempsOf(file);
        AtomicFiles.removeTempsOf(backupOf(file));
        try {
            return FileFormat.WORK.load(file, WorkJson::read, Remedy.ASK_TEACHER);
        } catch (LessonFileException e) {
            Path backup = AtomicWrite.backupOf(file);
            if (!Files.isRegularFile(backup)) throw e;
            try {
                return FileFormat.WORK.load(backup, WorkJson::read, Remedy.ASK_TEACHER);
            } catch (LessonFileException ignored) {
                throw e;
            }
        }
    }

    /** The backup kept beside a work file. */
    public static Path backupOf(Path file) {
        return AtomicWrite.backupOf(file);
    }

    /** The bytes a save writes. */
    byte[] bytes(StudentWork work) {
        return FileFormat.bytes(WorkJson.write(Objects.requireNonNull(work, "work")));
    }
}
