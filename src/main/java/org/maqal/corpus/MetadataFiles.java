package org.maqal.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;

/**
 * Reads and writes an article's metadata file ({@code ID.json} beside {@code ID.txt}): for each field
 * an object {@code {"value": "...", "basis": "stated|inferred|supplied|unknown"}}. Thread-safe.
 */
public final class MetadataFiles {
    private static final String[] FIELDS = {"title", "outlet", "date", "author", "language", "address", "notes"};
    /** No metadata comes near this: a title, an outlet, a date, a few names and notes. */
    static final long MAX_BYTES = 1024 * 1024;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The metadata in a file: UTF-8 JSON, with or without a byte-order mark (Notepad writes one).
     *
     * @throws CorpusException when the file is over 1 MB, not UTF-8, or not JSON of this shape
     */
    public ArticleMetadata read(Path file) throws CorpusException {
        String name = BoundedReader.nameOf(file);
        byte[] bytes = readBounded(file, name);
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            root = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new CorpusException("The metadata file " + name + " is not UTF-8 text; save it again as UTF-8, or delete"
                    + " it to use the article without metadata.", e);
        } catch (JsonProcessingException e) {
            throw new CorpusException("The metadata file " + name
                    + " is not valid JSON; fix it or delete it to use the article without metadata.", e);
        }
        if (root == null || !root.isObject()) {
            throw new CorpusException("The metadata file " + file.getFileName() + " must hold one JSON object.");
        }
        MetaField[] f = new MetaField[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) f[i] = field(root.get(FIELDS[i]), file);
        return new ArticleMetadata(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    /** The bytes of a metadata file, refused before reading when it is far larger than metadata can be. */
    private static byte[] readBounded(Path file, String name) throws CorpusException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CorpusException("The metadata file " + name + " is larger than " + BoundedReader.megabytes(MAX_BYTES)
                        + ", far more than an article's metadata; delete it to use the article without metadata.");
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot read the metadata file " + file + "; check that it exists and is readable.", e);
        }
        return BoundedReader.read(file, MAX_BYTES);
    }

    /** The JSON text of a metadata file. */
    public String toJson(ArticleMetadata m) {
        ObjectNode root = json.createObjectNode();
        MetaField[] f = {m.title(), m.outlet(), m.date(), m.author(), m.language(), m.address(), m.notes()};
        for (int i = 0; i < FIELDS.length; i++) {
            ObjectNode node = root.putObject(FIELDS[i]);
            node.put("value", f[i].value());
            node.put("basis", f[i].basis().name().toLowerCase(Locale.ROOT));
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MetaField field(JsonNode node, Path file) throws CorpusException {
        if (node == null || node.isNull()) return MetaField.UNKNOWN;
        if (node.isTextual()) return MetaField.stated(node.asText());
        if (!node.isObject()) {
            throw new CorpusException("The metadata file " + file.getFileName()
                    + " has a field that is neither text nor {\"value\", \"basis\"}.");
        }
        String value = node.path("value").asText("");
        String basis = node.path("basis").asText("stated").toUpperCase(Locale.ROOT);
        try {
            return new MetaField(value, Basis.valueOf(basis));
        } catch (IllegalArgumentException e) {
            throw new CorpusException("The metadata file " + file.getFileName() + " has an unknown basis \""
                    + basis.toLowerCase(Locale.ROOT) + "\"; use stated, inferred, supplied or unknown.", e);
        }
    }
}
