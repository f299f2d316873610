package org.maqal.lesson.student;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.maqal.corpus.AtomicFiles;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;

/**
 * Saves and loads student copies ({@code LESSON.student.json}, see {@link StudentCopyJson} for the
 * fields): indented UTF-8 JSON, written atomically. Loading refuses, with a
 * {@link LessonFileException} of one sentence, a lesson file or any other file that is not a student
 * copy, a copy of a newer version, and a copy that is cut off or malformed. Thread-safe.
 */
public final class StudentCopyFiles {
    /**
     * Writes the copy to the file, creating its folder, replacing the file there atomically.
     *
     * @throws LessonFileException when it cannot be written; a file there before is then intact
     */
    public void save(StudentCopy copy, Path file) throws LessonFileException {
        Objects.requireNonNull(copy, "copy");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, FileFormat.bytes(StudentCopyJson.write(copy)));
        } catch (IOException e) {
            throw LessonFileException.cannotSave("student copy", file, e);
        }
    }

    /**
     * The student copy in a file.
     *
     * @throws LessonFileException when the file is missing or refused as described above
     */
    public StudentCopy load(Path file) throws LessonFileException {
        return FileFormat.STUDENT_COPY.load(file, StudentCopyJson::read, Remedy.FILE_AGAIN);
    }

    /**
     * Whether the file is a student copy (by its {@code format} field), so that opening it starts the
     * student's view; false for a lesson file and for anything unreadable.
     */
    public boolean isStudentCopy(Path file) {
        return FileFormat.STUDENT_COPY.isIn(file);
    }
}
