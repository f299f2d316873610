package org.maqal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.AnswerRules;
import org.maqal.model.Lesson;

/** Whether ال is optional is kept in the lesson file, and absent where marking is strict. */
class AnswerRulesFileTest {
    private final LessonFiles files = new LessonFiles();

    @TempDir
    Path dir;

    @Test
    void theRulesComeBackAsSaved() throws Exception {
        Lesson lesson = SampleLessons.forStudents().withRules(new AnswerRules(true, Map.of("c4", false, "g2", true)));
        Path file = dir.resolve("l.json");
        files.save(lesson, file);

        Lesson loaded = files.load(file);
        assertThat(loaded).isEqualTo(lesson);
        assertThat(loaded.rules().articleOptional("c4")).isFalse();
        assertThat(loaded.rules().articleOptional("t2")).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"answerRules\": {");
    }

    @Test
    void aStrictLessonWritesNoRulesAndAFileWithoutThemIsStrict() throws Exception {
        Path file = dir.resolve("l.json");
        files.save(SampleLessons.everyType(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("answerRules");
        assertThat(files.load(file).rules()).isEqualTo(AnswerRules.STRICT);
    }

    @Test
    void rulesOfTheWrongTypeAreRefused() throws Exception {
        Path file = dir.resolve("l.json");
        files.save(SampleLessons.forStudents(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"g2\": true", "\"g2\": \"yes\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.load(file)).isInstanceOf(LessonFileException.class)
                .hasMessageContaining("answerRules.items.g2 should be true or false");
    }
}
