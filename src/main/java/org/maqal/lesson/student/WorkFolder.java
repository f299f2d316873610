package org.maqal.lesson.student;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.maqal.corpus.FileNames;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;

/**
 * The folder where a computer keeps students' work in progress (the app chooses it, for example
 * {@code ~/.maqal/work}): one file per lesson and student, {@code LESSON_CLASS_NAME.work.json}.
 * Immutable.
 */
public record WorkFolder(Path folder) {
    /** The file name ending of work in progress. */
    public static final String SUFFIX = ".work.json";

    /** Work found in the folder, with its file. */
    public record Saved(Path file, StudentWork work) {
    }

    public WorkFolder {
        Objects.requireNonNull(folder, "folder");
    }

    /** The file for a student's work on a copy's lesson. */
    public Path fileFor(StudentCopy copy, StudentWork.Student student) {
        return folder.resolve(FileNames.dashedStem(copy.lessonId(), "lesson") + "_" + HandIns.baseName(student) + SUFFIX);
    }

    /**
     * The work saved here on the copy's lesson, most recently changed first, so the window can offer
     * to go on with it; files that cannot be read (even from their backup) are left out.
     *
     * @throws LessonFileException when the folder exists but cannot be listed
     */
    public List<Saved> find(StudentCopy copy) throws LessonFileException {
        List<Saved> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) return found;
        WorkFiles files = new WorkFiles();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : all) {
                try {
                    StudentWork work = files.restore(file);
                    if (work.lessonId().equals(copy.lessonId())) found.add(new Saved(file, work));
                } catch (LessonFileException unreadable) {
                    // Not work this lesson can go on with.
                }
            }
        } catch (IOException e) {
            throw new LessonFileException(FileProblem.CANNOT_READ, folder, "Cannot look for saved answers in " + folder + " ("
                    + e.getMessage() + "); check that it is still there and that you may read it.", e);
        }
        found.sort(Comparator.comparing((Saved s) -> s.work().changed()).reversed());
        return found;
    }
}
