package org.maqal.lesson.grading;

import static org.maqal.lesson.Fields.array;
import static org.maqal.lesson.Fields.optText;
import static org.maqal.lesson.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.maqal.corpus.FileNames;
import org.maqal.lesson.AtomicWrite;
import org.maqal.lesson.Fields;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Malformed;
import org.maqal.lesson.Remedy;
import org.maqal.lesson.student.FileFormat;
import org.maqal.lesson.student.StudentWork;
import org.maqal.model.Item;
import org.maqal.model.Lesson;

/**
 * The scores and comments a teacher gives by hand: to open answers, glosses and the open cells of a
 * table, or to override an automatic mark. Kept beside the hand-ins as {@code LESSON.marks.json}
 * ({@code {format: "maqal-marks", schemaVersion, lesson, marks: [{student: {name, class}, item, score,
 * comment, at}]}}), saved atomically with a backup. Students are told apart by
 * {@link StudentWork.Student#key}, so a re-hand-in keeps its marks. Immutable; thread-safe.
 */
public final class Marks {
    /** The file name ending of marks files. */
    public static final String SUFFIX = ".marks.json";

    /**
     * A teacher's mark.
     *
     * @param score   the points given, from 0 to the item's points
     * @param comment what the teacher wrote, or empty
     * @param at      when
     */
    public record Mark(double score, String comment, Instant at) {
        public Mark {
            if (!(score >= 0)) throw new IllegalArgumentException("a mark cannot be negative");
            comment = comment == null ? "" : comment.strip();
            Objects.requireNonNull(at, "at");
        }
    }

    private record Entry(StudentWork.Student student, String itemId, Mark mark) {
    }

    private final String lessonId;
    private final Map<String, Entry> entries;

    private Marks(String lessonId, Map<String, Entry> entries) {
        this.lessonId = lessonId;
        this.entries = Map.copyOf(entries);
    }

    /** No marks yet, for a lesson. */
    public static Marks none(String lessonId) {
        return new Marks(Objects.requireNonNull(lessonId, "lessonId"), Map.of());
    }

    /** The marks file of a lesson in a hand-in folder. */
    public static Path fileIn(Path folder, String lessonId) {
        return folder.resolve(FileNames.dashedStem(lessonId, "lesson") + SUFFIX);
    }

    /** The teacher's mark for a student's item, if there is one. */
    public Optional<Mark> get(StudentWork.Student student, String itemId) {
        Entry e = entries.get(key(student, itemId));
        return e == null ? Optional.empty() : Optional.of(e.mark());
    }

    /** How many marks there are. */
    public int size() {
        return entries.size();
    }

    /**
     * These marks with one more (replacing the student's earlier mark for the item).
     *
     * @throws IllegalArgumentException for an item the lesson does not have, or a score outside 0..its points
     */
    public Marks with(Lesson lesson, StudentWork.Student student, String itemId, double score, String comment, Instant at) {
        Item item = lesson.item(itemId).orElseThrow(() -> new IllegalArgumentException("the lesson has no item \"" + itemId + "\""));
        if (!(score >= 0 && score <= item.points())) {
            throw new IllegalArgumentException("item \"" + itemId + "\" is worth " + item.points() + " points, so its mark must be from 0 to "
                    + item.points() + ", not " + score);
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key(student, itemId), new Entry(student, itemId, new Mark(score, comment, at)));
        return new Marks(lessonId, copy);
    }

    /** These marks without the student's mark for the item. */
    public Marks without(StudentWork.Student student, String itemId) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key(student, itemId));
        return new Marks(lessonId, copy);
    }

    /**
     * The marks kept in a folder for a lesson; none when there is no marks file.
     *
     * @throws LessonFileException when the marks file cannot be read or is for another lesson
     */
    public static Marks load(Path folder, String lessonId) throws LessonFileException {
        Path file = fileIn(folder, lessonId);
        if (!Files.exists(file)) return none(lessonId);
        return FileFormat.MARKS.load(file, root -> read(root, lessonId), Remedy.forDamaged(file, Remedy.FIX_OR_START_AGAIN));
    }

    private static Marks read(JsonNode root, String lessonId) {
        if (!lessonId.equals(text(root, "lesson", ""))) throw new Malformed("it holds the marks of another lesson");
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<JsonNode> nodes = array(root, "marks", "");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "marks[" + i + "]";
            JsonNode m = Fields.object(nodes.get(i), path);
            JsonNode s = Fields.object(m.get("student"), path + ".student");
            StudentWork.Student student = new StudentWork.Student(text(s, "name", path + ".student"), optText(s, "class", path + ".student"));
            String item = text(m, "item", path);
            JsonNode score = m.get("score");
            if (score == null || !score.isNumber()) throw new Malformed(path + ".score should be a number");
            try {
                entries.put(key(student, item), new Entry(student, item, new Mark(score.doubleValue(), optText(m, "comment", path),
                        Instant.parse(text(m, "at", path)))));
            } catch (DateTimeParseException e) {
                throw new Malformed(path + ".at should be a time such as 2025-01-31T09:00:00Z");
            }
        }
        return new Marks(lessonId, entries);
    }

    /**
     * Writes the marks into the folder, atomically, keeping the file it replaces as a backup.
     *
     * @throws LessonFileException when they cannot be written; the file there before is then intact
     */
    public void save(Path folder) throws LessonFileException {
        ObjectNode root = FileFormat.MARKS.stamp().put("lesson", lessonId);
        ArrayNode marks = root.putArray("marks");
        for (Entry e : entries.values()) {
            ObjectNode m = marks.addObject();
            m.putObject("student").put("name", e.student().name()).put("class", e.student().className());
            m.put("item", e.itemId()).put("score", e.mark().score()).put("comment", e.mark().comment()).put("at", e.mark().at().toString());
        }
        Path file = fileIn(folder, lessonId);
        try {
            AtomicWrite.replace(file, FileFormat.bytes(root));
        } catch (IOException e) {
            throw LessonFileException.cannotSave("marks", file, e);
        }
    }

    private static String key(StudentWork.Student student, String itemId) {
        return student.key() + "|" + itemId;
    }
}
