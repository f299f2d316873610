package org.maqal.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.ArabicNormalizer;

/**
 * The glosses a teacher writes once and every lesson reuses ({@code corpus/glossary.json}), keyed by
 * the normalised headword ({@link ArabicNormalizer#normalize}), so "الأمن" and "الامن" share one gloss.
 * The file is {@code {"schemaVersion": 1, "glosses": [{"headword", "gloss"}, …]}}, indented UTF-8.
 * Not thread-safe: one editor owns it.
 */
public final class Glossary {
    /** The {@code schemaVersion} of glossary files. */
    public static final int SCHEMA_VERSION = 1;

    private record Entry(String headword, String gloss) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    /** A glossary with no glosses. */
    public static Glossary empty() {
        return new Glossary();
    }

    /**
     * The glossary in a file; an empty one when the file does not exist.
     *
     * @throws LessonFileException when the file exists but is not a glossary (broken JSON, newer
     *                             version, wrong types, too large); the file is left as it is
     */
    public static Glossary load(Path file) throws LessonFileException {
        return read(new JsonFiles(), file);
    }

    /** The gloss of a headword in any spelling that normalises alike, if one is written. */
    public Optional<String> gloss(String headword) {
        Entry e = entries.get(key(headword));
        return e == null ? Optional.empty() : Optional.of(e.gloss());
    }

    /**
     * Writes the gloss of a headword, replacing one written for any spelling that normalises alike.
     *
     * @return the gloss it replaces, if any
     * @throws IllegalArgumentException for a blank headword or gloss
     */
    public Optional<String> put(String headword, String gloss) {
        if (gloss == null || gloss.isBlank()) throw new IllegalArgumentException("a gloss cannot be empty; remove it instead");
        Entry old = entries.put(key(headword), new Entry(headword.strip(), gloss.strip()));
        return old == null ? Optional.empty() : Optional.of(old.gloss());
    }

    /** Removes the gloss of a headword; returns it, if there was one. */
    public Optional<String> remove(String headword) {
        Entry old = entries.remove(key(headword));
        return old == null ? Optional.empty() : Optional.of(old.gloss());
    }

    /** Headword (as first written) to gloss, in the order of the normalised headwords. */
    public Map<String, String> entries() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.values().forEach(e -> out.put(e.headword(), e.gloss()));
        return out;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The lesson with the glossary's gloss on each vocabulary entry that has none yet; a gloss written
     * in the lesson itself is kept.
     */
    public Lesson applyTo(Lesson lesson) {
        List<Section> sections = lesson.sections().stream()
                .map(s -> s.withItems(s.items().stream().map(this::glossed).toList())).toList();
        return lesson.withSections(sections);
    }

    /**
     * Writes the glossary atomically, keeping the file it replaces as {@code glossary.json.bak}.
     *
     * @throws LessonFileException when the file cannot be written, or when the file there is not a
     *                             readable glossary (it is then left as it is, not overwritten)
     */
    public void save(Path file) throws LessonFileException {
        JsonFiles files = new JsonFiles();
        read(files, file);
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("schemaVersion", SCHEMA_VERSION);
        ArrayNode glosses = root.putArray("glosses");
        entries.values().forEach(e -> glosses.addObject().put("headword", e.headword()).put("gloss", e.gloss()));
        try {
            AtomicWrite.replace(file, files.bytes(root));
        } catch (IOException e) {
            throw LessonFileException.cannotSave("glossary", file, e);
        }
    }

    /**
     * Where {@link #setAside} would keep a glossary file that cannot be read: {@code NAME.damaged-N}
     * beside it, with the first N from 1 whose name is free.
     */
    public static Path asideName(Path file) {
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + n);
            if (Files.notExists(aside)) return aside;
        }
    }

    /**
     * Renames a glossary file that cannot be read to {@link #asideName}, so that a new glossary can be
     * saved in its place without destroying it; its backup ({@code NAME.bak}) is left as it is.
     *
     * @return where the file is now
     * @throws LessonFileException when it cannot be renamed (it is then where it was)
     */
    public static Path setAside(Path file) throws LessonFileException {
        while (true) {
            Path aside = asideName(file);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                // another program took the name meanwhile: try the next one
            } catch (IOException e) {
                throw LessonFileException.cannotSave("glossary", file, e);
            }
        }
    }

    private Item glossed(Item item) {
        if (item instanceof VocabularyEntry v && v.gloss().isBlank()) {
            return gloss(v.headword()).map(v::withGloss).orElse(v);
        }
        return item;
    }

    private static Glossary read(JsonFiles files, Path file) throws LessonFileException {
        String name = file.getFileName().toString();
        Remedy remedy = Remedy.forDamaged(file, Remedy.FIX_OR_START_AGAIN);
        JsonNode root;
        try {
            root = files.read(file, "glossary", remedy);
        } catch (NoSuchFileException e) {
            return empty();
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw JsonFiles.damaged(file, remedy, "The glossary " + name + " has no valid schemaVersion; "
                    + remedy.english(file) + ".", null);
        }
        if (version.intValue() > SCHEMA_VERSION) {
            throw new LessonFileException(FileProblem.NEWER_VERSION, file, "The glossary " + name + " was saved by a newer Maqal (format "
                    + version.intValue() + "); open it with that version or update Maqal.", null);
        }
        Glossary glossary = new Glossary();
        try {
            List<JsonNode> nodes = Fields.array(root, "glosses", "");
            for (int i = 0; i < nodes.size(); i++) {
                String path = "glosses[" + i + "]";
                JsonNode e = Fields.object(nodes.get(i), path);
                String headword = Fields.text(e, "headword", path);
                String gloss = Fields.text(e, "gloss", path);
                if (!headword.isBlank() && !gloss.isBlank()) glossary.put(headword, gloss);
            }
        } catch (Malformed e) {
            throw JsonFiles.damaged(file, remedy, "The glossary " + name + " cannot be used because " + e.getMessage() + "; "
                    + remedy.english(file) + ".", e);
        }
        return glossary;
    }

    private static String key(String headword) {
        Objects.requireNonNull(headword, "headword");
        if (headword.isBlank()) throw new IllegalArgumentException("a glossary headword cannot be empty");
        return ArabicNormalizer.normalize(headword.strip());
    }
}
