package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFiles;
import org.maqal.model.Lesson;
import org.maqal.model.VocabularyEntry;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesALessonFileWithTheFieldsScriptsRelyOnAndSaysWhatItHolds() throws Exception {
        Path out = dir.resolve("lesson.json");
        CliRun run = CliRun.of("generate", "--articles", "001,004", "--kinds", "vocabulary,comprehension", "--seed", "7", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("vocabulary:", "comprehension:", "gap_fill", "multiple_choice", "Saved to", "lesson.json");
        JsonNode lesson = new ObjectMapper().readTree(out.toFile());
        assertThat(lesson.get("seed").asLong()).isEqualTo(7);
        assertThat(lesson.get("articles")).extracting(a -> a.get("id").asText())
                .containsExactly("001_bcc271ba2864c5e3", "004_782780b7991aed56");
        for (JsonNode section : lesson.get("sections")) {
            for (JsonNode item : section.get("items")) {
                assertThat(item.fieldNames()).toIterable().contains("id", "type", "prompt", "source");
                assertThat(item.at("/source/article").asText()).isIn("001_bcc271ba2864c5e3", "004_782780b7991aed56");
            }
        }
        Lesson loaded = new LessonFiles().load(out);
        assertThat(loaded.sections()).hasSize(2);
    }

    @Test
    void theSameSeedWritesTheSameItems() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(CliRun.of("generate", "--articles", "003", "--seed", "5", "--out", a.toString()).code()).isZero();
        assertThat(CliRun.of("generate", "--articles", "003", "--seed", "5", "--out", b.toString()).code()).isZero();
        assertThat(new LessonFiles().load(b).sections()).isEqualTo(new LessonFiles().load(a).sections());
    }

    @Test
    void usesTheGlossaryOfTheCorpusFolder() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (Path p : Files.newDirectoryStream(Path.of("corpus"), "002_*")) Files.copy(p, corpus.resolve(p.getFileName()));
        Path first = dir.resolve("first.json");
        assertThat(CliRun.of("generate", "--corpus", corpus.toString(), "--kinds", "vocabulary", "--out", first.toString()).code()).isZero();
        VocabularyEntry entry = new LessonFiles().load(first).items().filter(VocabularyEntry.class::isInstance)
                .map(VocabularyEntry.class::cast).findFirst().orElseThrow();
        Glossary glossary = Glossary.empty();
        glossary.put(entry.headword(), "a gloss the teacher wrote");
        glossary.save(corpus.resolve("glossary.json"));
        Path second = dir.resolve("second.json");
        CliRun run = CliRun.of("generate", "--corpus", corpus.toString(), "--kinds", "vocabulary", "--out", second.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(new LessonFiles().load(second).item(entry.id()).map(i -> ((VocabularyEntry) i).gloss())).contains("a gloss the teacher wrote");
    }

    @Test
    void mistakesGetOneSentenceAndAFailingCode() {
        String out = dir.resolve("x.json").toString();
        assertOneSentence(CliRun.of("generate", "--kinds", "vocabulary,poetry", "--out", out), "poetry");
        assertOneSentence(CliRun.of("generate", "--articles", "999", "--out", out), "999");
        assertOneSentence(CliRun.of("generate", "--lang", "fr", "--out", out), "fr");
        assertOneSentence(CliRun.of("generate", "--count", "0", "--out", out), "--count");
        assertOneSentence(CliRun.of("generate", "--corpus", dir.resolve("none").toString(), "--out", out), "corpus");
        assertOneSentence(CliRun.of("generate", "--out", dir.toString()), "folder");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    private static void assertOneSentence(CliRun run, String naming) {
        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).contains(naming).doesNotContain("Exception", "\tat ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
    }
}
