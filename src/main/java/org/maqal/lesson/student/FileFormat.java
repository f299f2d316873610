package org.maqal.lesson.student;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.JsonFiles;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Malformed;
import org.maqal.lesson.Remedy;

/**
 * The kind and version stamped at the top of the JSON files of student work:
 * {@code {"format": "maqal-student-copy", "schemaVersion": 1, …}}. Reading checks both before
 * anything else, so a lesson file, another kind of file or a file of a newer Maqal is refused with a
 * sentence that says so. Immutable.
 *
 * @param name    the value of {@code format}
 * @param version the {@code schemaVersion} this Maqal writes and the newest it reads
 * @param what    how the file is named to a person ("student copy", "hand-in")
 */
public record FileFormat(String name, int version, String what) {
    private static final JsonFiles FILES = new JsonFiles();
    public static final FileFormat STUDENT_COPY = new FileFormat("maqal-student-copy", 1, "student copy");
    public static final FileFormat WORK = new FileFormat("maqal-student-work", 1, "student's work");
    public static final FileFormat MARKS = new FileFormat("maqal-marks", 1, "marks file");

    public FileFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(what, "what");
    }

    /**
     * Reads a file of this format: the JSON tree, checked as {@link #check} does, then read by
     * {@code reader}, whose {@link Malformed} or IllegalArgumentException becomes a sentence.
     *
     * @param remedy what to do when the file is damaged
     * @throws LessonFileException when the file is missing, unreadable, of another kind or version,
     *                             or malformed
     */
    public <T> T load(Path file, Function<JsonNode, T> reader, Remedy remedy) throws LessonFileException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = FILES.read(file, what, remedy);
        } catch (NoSuchFileException e) {
            throw new LessonFileException(FileProblem.MISSING, file, "There is no " + what + " " + file + "; check its name and folder.", e);
        }
        check(root, file, remedy);
        try {
            return reader.apply(root);
        } catch (Malformed | IllegalArgumentException e) {
            throw JsonFiles.damaged(file, remedy, "The " + what + " " + name + " cannot be opened because " + e.getMessage()
                    + "; " + remedy.english(file) + ".", e);
        }
    }

    /** Whether a file says it is of this format; false for any other file and for one that cannot be read. */
    public boolean isIn(Path file) {
        try {
            return marks(FILES.read(file, what, Remedy.NONE));
        } catch (LessonFileException | IOException e) {
            return false;
        }
    }

    /** The bytes of a tree as these files are written: indented UTF-8 JSON. */
    public static byte[] bytes(JsonNode tree) {
        return FILES.bytes(tree);
    }

    /** A new object with {@code format} and {@code schemaVersion} set. */
    public ObjectNode stamp() {
        return JsonNodeFactory.instance.objectNode().put("format", name).put("schemaVersion", version);
    }

    /** Whether the tree says it is a file of this format (of any version). */
    public boolean marks(JsonNode root) {
        return root != null && name.equals(root.path("format").asText(null));
    }

    /**
     * Refuses a tree that is not of this format or is of a newer version.
     *
     * @param file   the file it was read from, for the message
     * @param remedy what to do when it is damaged
     */
    private void check(JsonNode root, Path file, Remedy remedy) throws LessonFileException {
        String fileName = file.getFileName().toString();
        if (!marks(root)) {
            boolean lessonFile = root.has("sections") && root.has("seed");
            String kind = lessonFile ? "a lesson file, not a " + what : "not a Maqal " + what;
            throw new LessonFileException(lessonFile ? FileProblem.LESSON_FILE : FileProblem.WRONG_KIND, file,
                    "The file " + fileName + " is " + kind + "; check that you chose the right file.", null);
        }
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw JsonFiles.damaged(file, remedy, "The " + what + " " + fileName
                    + " has no valid schemaVersion; check that you chose the right file.", null);
        }
        if (v.intValue() > version) {
            throw new LessonFileException(FileProblem.NEWER_VERSION, file, "The " + what + " " + fileName
                    + " was saved by a newer Maqal (format " + v.intValue() + ", this one reads up to " + version
                    + "); open it with that version or update Maqal.", null);
        }
    }
}
