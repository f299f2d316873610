package org.maqal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a teacher might open by mistake or find damaged: refused in one sentence, left byte for byte as they were. */
class LessonRefusalTest {
    private final LessonFiles files = new LessonFiles();

    @TempDir
    Path dir;
    private String good;

    @BeforeEach
    void saveOne() throws Exception {
        Path file = dir.resolve("good.json");
        files.save(SampleLessons.everyType(), file);
        good = Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aNewerVersionIsRefused() throws Exception {
        refused("newer.json", good.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7"))
                .hasMessageContaining("newer Maqal").hasMessageContaining("update Maqal");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        refused("cut.json", good.substring(0, good.length() / 2))
                .hasMessageContaining("cut off or is not valid JSON").hasMessageContaining("near line");
    }

    @Test
    void anEmptyFileOrOneThatIsNotALessonIsRefused() throws Exception {
        refused("empty.json", "").hasMessageContaining("is empty");
        refused("list.json", "[1, 2]").hasMessageContaining("does not hold a JSON object");
        refused("meta.json", "{\"title\": {\"value\": \"حلف شمال الأطلسي\"}}").hasMessageContaining("not a Maqal lesson");
    }

    @Test
    void wrongTypesAndMissingFieldsAreRefusedNamingTheField() throws Exception {
        refused("points.json", good.replaceFirst("\"points\": 0", "\"points\": \"صفر\""))
                .hasMessageContaining("sections[0].items[0].points should be a whole number");
        refused("prompt.json", good.replace("\"prompt\": \"رتّب الأحداث كما وقعت\",", ""))
                .hasMessageContaining("sections[1].items[2] has no \"prompt\"");
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(good);
        ((ObjectNode) tree.get("sections").get(1).get("items").get(0)).put("options", "أكثر من 300 شخص، 500 عنصر");
        refused("options.json", tree.toPrettyString())
                .hasMessageContaining("sections[1].items[0].options should be a list");
        refused("type.json", good.replace("\"type\": \"ordering\"", "\"type\": \"essay\""))
                .hasMessageContaining("unknown type \"essay\"");
    }

    @Test
    void contentALessonCannotHaveIsRefused() throws Exception {
        refused("answer.json", good.replace("\"answer\": \"أكثر من 300 شخص\"", "\"answer\": \"ألف شخص\""))
                .hasMessageContaining("not one of its options");
        refused("twice.json", good.replace("\"id\": \"c2\"", "\"id\": \"c1\""))
                .hasMessageContaining("two items have the id \"c1\"");
    }

    @Test
    void aHugeStringIsRefused() throws Exception {
        String huge = "\"" + "ن".repeat(25 * 1024 * 1024) + "\"";
        refused("huge.json", good.replace("\"بعثة الناتو في العراق\"", huge))
                .hasMessageContaining("larger than 16 MB");
        refused("long.json", good.replace("\"بعثة الناتو في العراق\"", "\"" + "ا".repeat(2_000_000) + "\""))
                .hasMessageContaining("too long or nested too deeply");
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        refused("deep.json", "{\"schemaVersion\": 1, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                .hasMessageContaining("too long or nested too deeply");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> files.load(dir.resolve("nowhere.json")))
                .isInstanceOf(LessonFileException.class).hasMessageContaining("There is no lesson file");
    }

    @Test
    void theRemedyPointsToTheBackupWhenThereIsOne() throws Exception {
        Path file = dir.resolve("good.json");
        files.save(SampleLessons.everyType().withTitle("نسخة ثانية"), file);
        Files.writeString(file, "{\"schemaVersion\": 1, \"id\": ");

        assertThatThrownBy(() -> files.load(file)).hasMessageContaining("restore it from good.json.bak");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> files.load(file));
        assertThat(file).as("a refused file is left as it was").hasBinaryContent(before);
        assertThat(thrown).isInstanceOf(LessonFileException.class);
        String message = thrown.getMessage();
        assertThat(message).as("one sentence: %s", message).endsWith(".").doesNotContain("\n")
                .doesNotContain("Exception").contains(name);
        assertThat(message.length()).isLessThan(400);
        return assertThat(thrown);
    }
}
