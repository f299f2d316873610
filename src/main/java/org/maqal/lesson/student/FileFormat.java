package org.maqal.lesson.student;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.maqal.lesson.LessonFileException;

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
    public static final FileFormat STUDENT_COPY = new FileFormat("maqal-student-copy", 1, "student copy");
    public static final FileFormat WORK = new FileFormat("maqal-student-work", 1, "student's work");
    public static final FileFormat MARKS = new FileFormat("maqal-marks", 1, "marks file");

    public FileFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(what, "what");
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
     * @param fileName the file's name, for the message
     */
    public void check(JsonNode root, String fileName) throws LessonFileException {
        if (!marks(root)) {
            String kind = root.has("sections") && root.has("seed") ? "a lesson file, not a " + what : "not a Maqal " + what;
            throw new LessonFileException("The file " + fileName + " is " + kind + "; check that you chose the right file.");
        }
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new LessonFileException("The " + what + " " + fileName + " has no valid schemaVersion; check that you chose the right file.");
        }
        if (v.intValue() > version) {
            throw new LessonFileException("The " + what + " " + fileName + " was saved by a newer Maqal (format "
                    + v.intValue() + ", this one reads up to " + version + "); open it with that version or update Maqal.");
        }
    }
}
