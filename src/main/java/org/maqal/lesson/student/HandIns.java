package org.maqal.lesson.student;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.FileNames;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;

/**
 * Hands a student's work in to a folder the teacher chose (a shared class folder, a USB stick): one
 * file per student, {@code CLASS_NAME.json} made safe for any file system ({@link FileNames}), never
 * overwriting a file that is there. A second hand-in by the same student (same lesson, same name and
 * class as {@link StudentWork.Student#key} compares them) is kept beside the first as
 * {@code CLASS_NAME-v2.json}, then {@code -v3}…; another student whose name makes the same file name
 * gets a name with a short code of their own ({@code CLASS_NAME-3fa2c1.json}). Each file is written
 * whole to a temporary file first and then given its name in one step that fails rather than
 * replace a file, so two students handing in at the same moment cannot overwrite each other.
 * Thread-safe.
 */
public final class HandIns {
    private static final int MAX_VERSIONS = 1000;
    private final WorkFiles files = new WorkFiles();

    /** A hand-in written: the file and the work as it was handed in. */
    public record HandIn(Path file, StudentWork work) {
    }

    /**
     * Writes the work, handed in at {@code now}, to a new file in the folder.
     *
     * @throws LessonFileException when the folder does not exist or cannot be written to; nothing is
     *                             then left in it
     */
    public HandIn write(StudentWork work, Path folder, Instant now) throws LessonFileException {
        Objects.requireNonNull(work, "work");
        if (!Files.isDirectory(folder)) {
            throw new LessonFileException(FileProblem.NO_FOLDER, folder, folder.toString(), Remedy.NONE, "The folder " + folder
                    + " does not exist; choose the class folder or plug in the USB stick again.", null);
        }
        String base = baseName(work.student());
        boolean own = false;
        for (int version = 1; version <= MAX_VERSIONS; version++) {
            Optional<Path> there = existing(folder, name(base, version));
            if (there.isPresent() && !sameStudent(work, there.get())) {
                if (own) throw new LessonFileException(FileProblem.NAME_TAKEN, there.get(), folder.toString(), Remedy.NONE,
                        "Cannot hand in to " + folder + " because the file " + there.get().getFileName()
                                + " there is another student's; ask your teacher.", null);
                base = base + "-" + code(work.student());
                own = true;
                version = 0;
                continue;
            }
            if (there.isPresent()) {
                if (version == 1) base = baseOf(there.get());
                continue;
            }
            StudentWork handedIn = work.handedIn(now, version);
            try {
                if (create(folder.resolve(name(base, version)), files.bytes(handedIn))) {
                    return new HandIn(folder.resolve(name(base, version)), handedIn);
                }
            } catch (IOException e) {
                throw LessonFileException.cannotSave("hand-in", folder.resolve(name(base, version)), e);
            }
            version--; // someone took the name meanwhile: look at it again
        }
        throw new LessonFileException(FileProblem.TOO_MANY_HAND_INS, folder, folder.toString(), Remedy.NONE,
                "The folder " + folder + " already holds " + MAX_VERSIONS + " hand-ins of yours; ask your teacher.", null);
    }

    /**
     * The file in the folder with this name, compared without case (as Windows and macOS do), so the
     * same student typing their name in other capitals finds their earlier hand-in on any system.
     */
    private static Optional<Path> existing(Path folder, String name) throws LessonFileException {
        Path exact = folder.resolve(name);
        if (Files.exists(exact)) return Optional.of(exact);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst();
        } catch (IOException e) {
            throw new LessonFileException(FileProblem.CANNOT_READ, folder, "Cannot read the folder " + folder + " (" + e.getMessage()
                    + "); check that it is still there.", e);
        }
    }

    /** The base name of a first hand-in's file: its name without {@code .json}. */
    private static String baseOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** The file name of a student's hand-in before any version: {@code CLASS_NAME}, or {@code NAME} without a class. */
    static String baseName(StudentWork.Student student) {
        String name = FileNames.dashedStem(student.name(), "student");
        return student.className().isBlank() ? name : FileNames.dashedStem(student.className(), "class") + "_" + name;
    }

    private static String name(String base, int version) {
        return (version == 1 ? base : base + "-v" + version) + ".json";
    }

    private boolean sameStudent(StudentWork work, Path file) {
        try {
            StudentWork there = files.load(file);
            return there.lessonId().equals(work.lessonId()) && there.student().key().equals(work.student().key());
        } catch (LessonFileException e) {
            return false;
        }
    }

    private static String code(StudentWork.Student student) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(student.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Writes the bytes to a new file of this name, or returns false when the name is taken. */
    private static boolean create(Path target, byte[] bytes) throws IOException {
        Path staging = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".hand-in");
        AtomicFiles.write(staging, bytes);
        try {
            try {
                Files.createLink(target, staging);
            } catch (UnsupportedOperationException | IOException linkRefused) {
                if (linkRefused instanceof FileAlreadyExistsException) return false;
                Files.move(staging, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(staging);
        }
    }
}
