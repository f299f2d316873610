package org.maqal.lesson;

import org.maqal.exercise.ArticleRefs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.VocabularyEntry;

class GlossaryTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnEmptyGlossary() throws Exception {
        assertThat(Glossary.load(dir.resolve("corpus/glossary.json")).size()).isZero();
    }

    @Test
    void glossesAreKeyedByTheNormalisedHeadword() {
        Glossary glossary = Glossary.empty();
        assertThat(glossary.put("الأمن", "security")).isEmpty();

        assertThat(glossary.gloss("الامن")).contains("security");
        assertThat(glossary.gloss("الأَمْن")).contains("security");
        assertThat(glossary.put("الامن", "security, safety")).contains("security");
        assertThat(glossary.size()).isEqualTo(1);
        assertThat(glossary.remove("الأمن")).contains("security, safety");
        assertThat(glossary.gloss("الأمن")).isEmpty();
        assertThatThrownBy(() -> glossary.put("بعثة", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void glossesComeBackFromTheFile() throws Exception {
        Path file = dir.resolve("corpus/glossary.json");
        Glossary glossary = Glossary.empty();
        glossary.put("بعثة", "mission, delegation");
        glossary.put("المشورة", "advice");
        glossary.put("استهداف", "targeting");

        glossary.save(file);

        Glossary loaded = Glossary.load(file);
        assertThat(loaded.entries()).isEqualTo(glossary.entries()).containsEntry("المشورة", "advice");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"headword\": \"بعثة\"");
    }

    @Test
    void twoLessonsReuseTheSameGloss() throws Exception {
        Path file = dir.resolve("corpus/glossary.json");
        Glossary teacher = Glossary.empty();
        teacher.put("بعثة", "mission, delegation");
        teacher.save(file);
        Lesson first = lessonWith("lesson-1", SampleLessons.word("v1", "بعثة", "قائد بعثة"));
        Lesson second = lessonWith("lesson-2", SampleLessons.word("w7", "بعثه", "تكفلت بحماية بعثة الناتو"),
                SampleLessons.word("w8", "استهداف", "استهداف مسلح").withGloss("targeting (own gloss)"));

        Glossary glossary = Glossary.load(file);
        Lesson a = glossary.applyTo(first);
        Lesson b = glossary.applyTo(second);

        assertThat(gloss(a, "v1")).isEqualTo("mission, delegation");
        assertThat(gloss(b, "w7")).isEqualTo("mission, delegation");
        assertThat(gloss(b, "w8")).as("a gloss written in the lesson is kept").isEqualTo("targeting (own gloss)");
    }

    @Test
    void aBrokenGlossaryIsRefusedAndNotOverwritten() throws Exception {
        Path file = dir.resolve("glossary.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"glosses\": [{\"headword\": \"بعثة\", \"gloss\": ", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Glossary.load(file)).isInstanceOf(LessonFileException.class)
                .hasMessageContaining("glossary.json").hasMessageContaining("not valid JSON");
        Glossary fresh = Glossary.empty();
        fresh.put("مهمة", "mission");
        assertThatThrownBy(() -> fresh.save(file)).isInstanceOf(LessonFileException.class);
        assertThat(file).hasBinaryContent(before);

        Files.writeString(file, "{\"schemaVersion\": 1, \"glosses\": [{\"headword\": \"بعثة\", \"gloss\": 3}]}");
        assertThatThrownBy(() -> Glossary.load(file)).hasMessageContaining("glosses[0].gloss should be text");
        Files.writeString(file, "{\"schemaVersion\": 2, \"glosses\": []}");
        assertThatThrownBy(() -> Glossary.load(file)).hasMessageContaining("newer Maqal");
    }

    private static Lesson lessonWith(String id, Item... items) {
        return new Lesson(id, "مفردات", Language.EN, List.of(ArticleRefs.of(SampleLessons.A)),
                List.of(new Section(SectionKind.VOCABULARY, new Instructions("", "Learn the words."), List.of(items),
                        List.of(), List.of())), 1L, Instant.parse("2025-02-03T08:30:00Z"));
    }

    private static String gloss(Lesson lesson, String itemId) {
        return ((VocabularyEntry) lesson.item(itemId).orElseThrow()).gloss();
    }
}
