package org.maqal.lesson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.testing.Refusals;

/**
 * Fuzz targets for the lesson-file loaders: whatever the bytes, the outcome is a lesson (or
 * glossary) or a {@link LessonFileException} of one readable sentence, and the file is left byte
 * for byte as it was. Any other exception, a hang or running out of memory is a finding.
 *
 * <p>In the normal build each target runs once over every file in
 * {@code src/test/resources/org/maqal/lesson/LessonFileFuzzTestInputs/TARGET/}. To fuzz one target
 * for real: {@code JAZZER_FUZZ=1 mvn test -Dtest=LessonFileFuzzTest#TARGET}.
 */
class LessonFileFuzzTest {
    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "5m")
    void loadLesson(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("lesson.json"), bytes);
        try {
            new LessonFiles().load(file);
        } catch (LessonFileException e) {
            Refusals.requireOneSentence(e);
        }
        requireUntouched(file, bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void loadGlossary(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("glossary.json"), bytes);
        try {
            Glossary.load(file);
        } catch (LessonFileException e) {
            Refusals.requireOneSentence(e);
        }
        requireUntouched(file, bytes);
    }

    private static void requireUntouched(Path file, byte[] bytes) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(file), bytes)) throw new AssertionError("loading changed the file");
    }
}
