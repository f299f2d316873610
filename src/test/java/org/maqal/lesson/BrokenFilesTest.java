package org.maqal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Lesson;
import org.maqal.testing.Refusals;

/**
 * Lesson files and glossaries broken in every way the issue lists, made here: each is refused in
 * one sentence, never with a stack trace or a hang, and left byte for byte as it was, also when a
 * glossary is saved over it. {@link LessonRefusalTest} checks what each message says.
 */
class BrokenFilesTest {
    private static final Duration HANG = Duration.ofMinutes(1);

    @TempDir
    Path dir;
    private byte[] lesson;
    private byte[] glossary;

    @BeforeEach
    void saveGoodFiles() throws Exception {
        Path file = dir.resolve("good.json");
        new LessonFiles().save(SampleLessons.everyType(), file);
        lesson = Files.readAllBytes(file);
        Glossary g = Glossary.empty();
        g.put("بعثة", "mission, delegation");
        g.put("المشورة", "advice");
        g.save(dir.resolve("glossary.json"));
        glossary = Files.readAllBytes(dir.resolve("glossary.json"));
    }

    /** Broken versions of a good file: cut off, of other types, huge, deep, newer, binary, not UTF-8. */
    private static Map<String, byte[]> broken(byte[] good, String list) {
        String text = new String(good, StandardCharsets.UTF_8);
        Map<String, byte[]> cases = new LinkedHashMap<>();
        for (int part : new int[] {1, 2, 3}) cases.put("cut-" + part + "-of-4", Arrays.copyOf(good, good.length * part / 4));
        cases.put("cut-last-byte", Arrays.copyOf(good, good.length - 2));
        cases.put("empty", new byte[0]);
        cases.put("blank", " \n\t ".getBytes(StandardCharsets.UTF_8));
        for (String root : new String[] {"null", "[]", "\"درس\"", "42", "true"}) cases.put("root-" + root, bytes(root));
        for (String version : new String[] {"\"1\"", "1.5", "-1", "1e20", "true", "null", "99999999999"}) {
            cases.put("version-" + version, bytes(text.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": " + version)));
        }
        cases.put("newer", bytes(text.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 2")));
        cases.put("list-is-number", bytes(text.replaceFirst("\"" + list + "\": \\[", "\"" + list + "\": 7, \"x\": [")));
        cases.put("list-is-object", bytes("{\"schemaVersion\": 1, \"" + list + "\": {\"0\": {}}}"));
        cases.put("huge-string", bytes(text.replaceFirst("\\{", "{\"note\": \"" + "ن".repeat(1_200_000) + "\",")));
        cases.put("huge-file", bytes(text.replaceFirst("\\{", "{\"note\": \"" + " ".repeat(17 * 1024 * 1024) + "\",")));
        cases.put("huge-number", bytes(text.replaceFirst("\\{", "{\"note\": 1" + "0".repeat(5_000) + ",")));
        cases.put("huge-name", bytes(text.replaceFirst("\\{", "{\"" + "ك".repeat(1_200_000) + "\": 1,")));
        cases.put("deep-arrays", bytes("{\"schemaVersion\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        cases.put("deep-objects", bytes("{\"schemaVersion\": 1, \"x\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001)));
        cases.put("unclosed-deep", bytes("{\"schemaVersion\": 1, \"x\": " + "[".repeat(100_000)));
        cases.put("duplicate-key", bytes(text.replaceFirst("\\{", "{\"schemaVersion\": 1,")));
        cases.put("windows-1256", text.getBytes(Charset.forName("windows-1256")));
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        cases.put("noise", noise);
        cases.put("nul-bytes", new byte[1024]);
        cases.put("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        return cases;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyBrokenLessonFileIsRefusedInOneSentenceAndLeftAsItWas() throws Exception {
        for (Map.Entry<String, byte[]> c : broken(lesson, "sections").entrySet()) {
            Path file = Files.write(dir.resolve(c.getKey() + ".json"), c.getValue());
            Throwable thrown = assertTimeoutPreemptively(HANG, () -> org.assertj.core.api.Assertions.catchThrowable(
                    () -> new LessonFiles().load(file)), () -> c.getKey() + " hung");
            assertRefused(c.getKey(), file, c.getValue(), thrown);
        }
    }

    @Test
    void everyBrokenGlossaryIsRefusedInOneSentenceAndNeitherLoadingNorSavingTouchesIt() throws Exception {
        Glossary mine = Glossary.empty();
        mine.put("تدريب", "training");
        for (Map.Entry<String, byte[]> c : broken(glossary, "glosses").entrySet()) {
            Path file = Files.write(dir.resolve(c.getKey() + ".json"), c.getValue());
            Throwable loading = assertTimeoutPreemptively(HANG, () -> org.assertj.core.api.Assertions.catchThrowable(
                    () -> Glossary.load(file)), () -> c.getKey() + " hung");
            assertRefused(c.getKey(), file, c.getValue(), loading);
            Throwable saving = assertTimeoutPreemptively(HANG, () -> org.assertj.core.api.Assertions.catchThrowable(
                    () -> mine.save(file)), () -> c.getKey() + " hung");
            assertRefused(c.getKey() + " (saving over it)", file, c.getValue(), saving);
        }
    }

    @Test
    void aLessonWithAByteOrderMarkOrInUtf16IsReadAsWritten() throws Exception {
        Lesson expected = new LessonFiles().load(dir.resolve("good.json"));
        String text = new String(lesson, StandardCharsets.UTF_8);
        Map<String, byte[]> cases = Map.of("bom.json", bytes("\uFEFF" + text),
                "utf16.json", text.getBytes(StandardCharsets.UTF_16));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path file = Files.write(dir.resolve(c.getKey()), c.getValue());
            assertThat(new LessonFiles().load(file)).as(c.getKey()).isEqualTo(expected);
            assertThat(file).hasBinaryContent(c.getValue());
        }
    }

    private static void assertRefused(String what, Path file, byte[] before, Throwable thrown) {
        assertThat(thrown).as(what).isInstanceOf(LessonFileException.class);
        assertThat(Refusals.problem(thrown.getMessage())).as("%s: %s", what, thrown.getMessage()).isNull();
        assertThat(file).as("%s is left as it was", what).hasBinaryContent(before);
        assertThat(file.resolveSibling(file.getFileName() + ".bak")).as("%s: no backup of a file not replaced", what)
                .doesNotExist();
    }
}
