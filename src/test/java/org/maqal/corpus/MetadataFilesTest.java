package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.MetaField;
import org.maqal.testing.Refusals;

class MetadataFilesTest {
    private final MetadataFiles files = new MetadataFiles();

    @TempDir
    Path dir;

    @Test
    void aFileSavedByNotepadWithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "\uFEFF{\"title\": \"الناتو في العراق\", \"outlet\": {\"value\": \"الحرة\", \"basis\": \"supplied\"}}",
                StandardCharsets.UTF_8);

        assertThat(files.read(file).title()).isEqualTo(MetaField.stated("الناتو في العراق"));
        assertThat(files.read(file).outlet()).isEqualTo(MetaField.supplied("الحرة"));
    }

    /** Found by fuzzing: a byte that is not UTF-8 came out as "Cannot read … article.json: Input length = 1". */
    @Test
    void bytesThatAreNotUtf8AreRefusedInOneSentence() throws Exception {
        Path file = Files.write(dir.resolve("a.json"), "{\"title\": \"\u0627\u0644\u0646\u0627\u062a\u0648 \"}"
                .replace(" \"}", "\u00ff\"}").getBytes(StandardCharsets.ISO_8859_1));

        refused(file).hasMessage("The metadata file a.json is not UTF-8 text; save it again as UTF-8, or delete it to use"
                + " the article without metadata.");
    }

    @Test
    void aHugeOrDeeplyNestedFileIsRefusedInOneSentence() throws Exception {
        Path huge = Files.writeString(dir.resolve("huge.json"), "{\"notes\": \"" + "ن".repeat(700_000) + "\"}");
        refused(huge).hasMessageContaining("huge.json is larger than 1 MB");
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        refused(deep).hasMessageContaining("deep.json is not valid JSON");
    }

    @Test
    void fieldsOfTheWrongShapeAreRefused() throws Exception {
        refused(Files.writeString(dir.resolve("list.json"), "[1, 2]")).hasMessageContaining("must hold one JSON object");
        refused(Files.writeString(dir.resolve("number.json"), "{\"date\": 2024}")).hasMessageContaining("neither text nor");
        refused(Files.writeString(dir.resolve("basis.json"), "{\"date\": {\"value\": \"2024\", \"basis\": \"rumour\"}}"))
                .hasMessageContaining("unknown basis \"rumour\"");
        refused(Files.writeString(dir.resolve("empty.json"), "")).hasMessageContaining("must hold one JSON object");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refused(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> files.read(file));
        assertThat(thrown).isInstanceOf(CorpusException.class);
        assertThat(Refusals.problem(thrown.getMessage())).as(thrown.getMessage()).isNull();
        assertThat(file).hasBinaryContent(before);
        return assertThatThrownBy(() -> files.read(file));
    }
}
