package org.maqal.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.maqal.model.Lesson;

/**
 * Saves and loads lesson files ({@code lessons/ID.json}): indented UTF-8 JSON a person can read,
 * Arabic as written, with a {@code schemaVersion} and, per item, {@code id}, {@code type},
 * {@code prompt}, {@code answer}, {@code options} where it is a choice, and {@code source}
 * ({@code article}, {@code sentence}); see {@code ItemJson} for the rest.
 *
 * <p>Saving is atomic and keeps the previous file as {@code NAME.json.bak}. Loading migrates a file
 * of an older version (in memory; the file is rewritten only by the next save) and refuses, with a
 * {@link LessonFileException} of one sentence, a file of a newer version, a file that is not
 * complete JSON, has a field missing or of the wrong type, holds content a lesson cannot have, or is
 * too large or too deeply nested. A refused file is never modified. Thread-safe.
 */
public final class LessonFiles {
    /** The {@code schemaVersion} this Maqal writes; it reads this one and all older ones. */
    public static final int SCHEMA_VERSION = Migrations.CURRENT;

    private final JsonFiles files = new JsonFiles();
    private final Migrations migrations = new Migrations();

    /**
     * Writes the lesson to the file (creating its folder), keeping the file it replaces as
     * {@link #backupOf(Path) NAME.json.bak}.
     *
     * @throws LessonFileException when the file cannot be written; the previous file is then intact
     */
    public void save(Lesson lesson, Path file) throws LessonFileException {
        Objects.requireNonNull(lesson, "lesson");
        byte[] bytes = files.bytes(LessonJson.write(lesson));
        try {
            AtomicWrite.replace(file, bytes);
        } catch (IOException e) {
            throw LessonFileException.cannotSave("lesson", file, e);
        }
    }

    /**
     * The lesson in a file of the current or an older version.
     *
     * @throws LessonFileException when the file is missing or refused as described above
     */
    public Lesson load(Path file) throws LessonFileException {
        String name = file.getFileName().toString();
        Remedy remedy = Remedy.forDamaged(file, Remedy.FIX_OR_GENERATE);
        JsonNode root;
        try {
            root = files.read(file, "lesson file", remedy);
        } catch (NoSuchFileException e) {
            throw new LessonFileException(FileProblem.MISSING, file, "There is no lesson file " + file + "; check its name and folder.", e);
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 0) {
            throw new LessonFileException(FileProblem.WRONG_KIND, file, "The file " + name
                    + " has no valid schemaVersion, so it is not a Maqal lesson; check that you chose the right file.", null);
        }
        if (version.intValue() > SCHEMA_VERSION) {
            throw new LessonFileException(FileProblem.NEWER_VERSION, file, "The lesson file " + name
                    + " was saved by a newer Maqal (format " + version.intValue() + ", this one reads up to " + SCHEMA_VERSION
                    + "); open it with that version or update Maqal.", null);
        }
        ObjectNode tree = (ObjectNode) root;
        migrations.upgrade(tree, version.intValue());
        try {
            return LessonJson.read(tree);
        } catch (Malformed | IllegalArgumentException e) {
            throw JsonFiles.damaged(file, remedy, "The lesson file " + name + " cannot be opened because " + e.getMessage()
                    + "; " + remedy.english(file) + ".", e);
        }
    }

    /** The backup kept beside a lesson file: {@code NAME.json.bak}. */
    public static Path backupOf(Path file) {
        return AtomicWrite.backupOf(file);
    }
}
