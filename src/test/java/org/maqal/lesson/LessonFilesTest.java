package org.maqal.lesson;

import org.maqal.exercise.ArticleRefs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Lesson;

class LessonFilesTest {
    private final LessonFiles files = new LessonFiles();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aLessonWithEveryItemTypeComesBackEqual() throws Exception {
        Lesson lesson = SampleLessons.everyType();
        Path file = dir.resolve("lessons/nato-iraq-1.json");

        files.save(lesson, file);

        assertThat(files.load(file)).isEqualTo(lesson);
    }

    @Test
    void everyItemCarriesTheFieldsScriptsRelyOn() throws Exception {
        Path file = dir.resolve("lesson.json");
        files.save(SampleLessons.everyType(), file);

        JsonNode root = json.readTree(file.toFile());
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
        List<JsonNode> items = root.findValues("items").stream().flatMap(a -> stream(a)).toList();
        assertThat(items).extracting(i -> i.get("type").textValue()).containsExactly("vocabulary", "gap_fill", "matching",
                "multiple_choice", "true_false", "ordering", "short_answer", "open_question", "table", "table");
        for (JsonNode item : items) {
            assertThat(item.has("id") && item.has("prompt") && item.has("answer") && item.has("source"))
                    .as("fields of %s", item).isTrue();
        }
        JsonNode mc = item(items, "c1");
        assertThat(mc.get("answer").textValue()).isEqualTo("أكثر من 300 شخص");
        assertThat(stream(mc.get("options")).map(JsonNode::textValue)).contains("أكثر من 300 شخص").hasSize(3);
        assertThat(mc.get("source").get("article").textValue()).isEqualTo(SampleLessons.A.id());
        assertThat(mc.get("source").get("sentence").intValue())
                .isEqualTo(SampleLessons.sentence(SampleLessons.A, "أكثر من 300 شخص").index());
        assertThat(item(items, "g1").get("answer").textValue()).isEqualTo("بحماية");
        assertThat(item(items, "c2").get("answer").booleanValue()).isTrue();
        assertThat(item(items, "c3").get("answer").isArray()).isTrue();
        assertThat(item(items, "c5").get("answer").isNull()).isTrue();
        assertThat(item(items, "c5").get("source").isNull()).isTrue();
        JsonNode table = item(items, "t1");
        assertThat(table.get("answer").get(1).get(2).textValue()).isEqualTo("500 عنصر");
        assertThat(stream(table.get("sources")).map(s -> s.get("article").textValue()))
                .containsExactly(SampleLessons.A.id(), SampleLessons.B.id());
    }

    @Test
    void arabicIsStoredAsWrittenAndTheFileIsIndented() throws Exception {
        Path file = dir.resolve("lesson.json");
        files.save(SampleLessons.everyType(), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"title\": \"بعثة الناتو في العراق\"")
                .contains("كم عدد أفراد بعثة الناتو في العراق بحسب الجنرال بيير أولسن؟")
                .doesNotContain("\\u06").doesNotContain("\r");
        assertThat(text.lines().count()).isGreaterThan(100);
        assertThat(text.lines()).anyMatch(l -> l.startsWith("  \"sections\": ["));
    }

    @Test
    void savingKeepsThePreviousVersionAndNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("lesson.json");
        Lesson first = SampleLessons.everyType();
        files.save(first, file);
        byte[] firstBytes = Files.readAllBytes(file);
        Lesson second = first.withTitle("بعثة الناتو: مقارنة بين مقالين");

        files.save(second, file);

        assertThat(LessonFiles.backupOf(file)).hasFileName("lesson.json.bak").hasBinaryContent(firstBytes);
        assertThat(files.load(file)).isEqualTo(second);
        assertThat(files.load(LessonFiles.backupOf(file))).isEqualTo(first);
        files.save(second, file);
        assertThat(LessonFiles.backupOf(file)).as("saving the same lesson again keeps the older backup").hasBinaryContent(firstBytes);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lesson.json", "lesson.json.bak");
        }
    }

    @Test
    void aDraftOfVersionZeroIsMigrated() throws Exception {
        Lesson lesson = SampleLessons.everyType();
        ObjectNode draft = (ObjectNode) json.readTree(saved(lesson).toFile());
        draft.put("schemaVersion", 0);
        for (JsonNode section : draft.get("sections")) {
            ObjectNode s = (ObjectNode) section;
            JsonNode instructions = s.get("instructions");
            String one = instructions.get("arabic").textValue().isEmpty()
                    ? instructions.get("english").textValue() : instructions.get("arabic").textValue();
            s.put("instructions", one);
            for (JsonNode item : s.get("items")) {
                ObjectNode i = (ObjectNode) item;
                i.set("question", i.remove("prompt"));
            }
        }
        Path file = dir.resolve("draft.json");
        Files.writeString(file, draft.toPrettyString());
        byte[] before = Files.readAllBytes(file);

        Lesson loaded = files.load(file);

        assertThat(loaded.items().toList()).isEqualTo(lesson.items().toList());
        assertThat(loaded.sections().get(0).instructions().arabic()).isEqualTo("اقرأ الكلمات ثم أكمل الفراغات.");
        assertThat(loaded.sections().get(0).instructions().english()).isEmpty();
        assertThat(loaded.sections().get(3).instructions().english()).isEqualTo("Track the claims.");
        assertThat(loaded.instructions(loaded.sections().get(3))).isEqualTo("Track the claims.");
        assertThat(file).as("loading does not rewrite the file").hasBinaryContent(before);
    }

    @Test
    void aLessonNoticesArticlesThatChangedOrAreGone() throws Exception {
        Lesson lesson = files.load(saved(SampleLessons.everyType()));
        Map<String, String> now = ArticleRefs.currentHashes(List.of(SampleLessons.A, SampleLessons.B));
        assertThat(lesson.changedArticles(now)).isEmpty();

        String edited = SampleLessons.A.text().replace("أكثر من 300 شخص", "أكثر من 400 شخص");
        Map<String, String> afterEdit = ArticleRefs.currentHashes(List.of(
                new org.maqal.model.Article(SampleLessons.A.id(), SampleLessons.A.metadata(), edited)));

        assertThat(lesson.changedArticles(afterEdit)).extracting(r -> r.id())
                .containsExactly(SampleLessons.A.id(), SampleLessons.B.id());
        assertThat(lesson.changedArticles(Map.of(SampleLessons.A.id(), now.get(SampleLessons.A.id()))))
                .extracting(r -> r.id()).containsExactly(SampleLessons.B.id());
    }

    private Path saved(Lesson lesson) throws Exception {
        Path file = dir.resolve("saved-" + System.nanoTime() + ".json");
        files.save(lesson, file);
        return file;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode item(List<JsonNode> items, String id) {
        return items.stream().filter(i -> i.get("id").textValue().equals(id)).findFirst().orElseThrow();
    }
}
