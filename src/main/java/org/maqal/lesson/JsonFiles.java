package org.maqal.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading and writing the small JSON files of this package: bounded in size, length of a value and
 * depth; written indented with {@code \n} line ends, UTF-8, non-ASCII as is. Refusals become
 * {@link LessonFileException}s with one sentence naming the file. Public for the lesson subpackages
 * (student copies, hand-ins), not for other layers. Thread-safe.
 */
public final class JsonFiles {
    /** No lesson or glossary comes near this; a bigger file is the wrong file. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1_000_000;

    private final ObjectMapper json;
    private final ObjectWriter writer;

    public JsonFiles() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxDocumentLength(MAX_BYTES).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        json = new ObjectMapper(factory);
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(lines);
        pretty.indentArraysWith(lines);
        writer = json.writer(pretty);
    }

    /**
     * The JSON tree in a file.
     *
     * @param what   how the file is named to a teacher ("lesson file", "glossary")
     * @param remedy what to do when it is damaged
     * @throws NoSuchFileException when the file does not exist (the caller decides what that means)
     */
    public JsonNode read(Path file, String what, Remedy remedy) throws LessonFileException, NoSuchFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = readBounded(file);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new LessonFileException(FileProblem.CANNOT_READ, file, "Cannot read the " + what + " " + file + " ("
                    + e.getMessage() + "); check that it exists and that you may read it.", e);
        }
        if (bytes == null) {
            throw new LessonFileException(FileProblem.TOO_LARGE, file, "The " + what + " " + name + " is larger than "
                    + MAX_BYTES / (1024 * 1024) + " MB, far more than it could hold; check that you chose the right file.", null);
        }
        String todo = remedy.english(file);
        try (JsonParser parser = json.createParser(bytes)) {
            JsonNode root = json.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw damaged(file, remedy, "The " + what + " " + name + " is empty; " + todo + ".", null);
            }
            if (parser.nextToken() != null) {
                throw damaged(file, remedy, "The " + what + " " + name + " has text after its end; " + todo + ".", null);
            }
            if (!root.isObject()) {
                throw damaged(file, remedy, "The " + what + " " + name + " does not hold a JSON object {…}; " + todo + ".", null);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw damaged(file, remedy, "The " + what + " " + name + " holds a value too long or nested too deeply"
                    + " for a " + what + "; check that you chose the right file.", e);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (near line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw damaged(file, remedy, "The " + what + " " + name + " is cut off or is not valid JSON" + at + "; " + todo + ".", e);
        } catch (IOException e) {
            throw new LessonFileException(FileProblem.CANNOT_READ, file, "Cannot read the " + what + " " + file + " ("
                    + e.getMessage() + "); check that it exists and that you may read it.", e);
        }
    }

    /** A refusal of a file that is damaged, with what to do and its English sentence. */
    public static LessonFileException damaged(Path file, Remedy remedy, String message, Throwable cause) {
        return new LessonFileException(FileProblem.DAMAGED, file, "", remedy, message, cause);
    }

    /** The text of a file: the tree indented, one field a line, ending with a line feed. */
    public byte[] bytes(JsonNode tree) {
        try {
            return (writer.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    /** The bytes of a file, or null when it has more than {@link #MAX_BYTES}. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        }
    }
}
