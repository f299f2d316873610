package org.maqal.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.Lesson;
import org.maqal.testing.KillableChild;
import org.maqal.testing.Seeds;

/**
 * Kills a child process that saves a lesson file, or the glossary, without pause ({@link CrashingSaver}),
 * at random moments, and checks after each kill that the file, and its backup when there is one, loads
 * as exactly one of the two versions the child alternates between. A kill in the middle of a write
 * leaves a temporary file behind; the next child, and the loads and saves after, must not mind it.
 */
class SavesSurviveCrashesTest {
    /** Kills per file: 100 in all, each a new JVM. */
    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void aLessonFileIsAlwaysTheOldOrTheNewVersion() throws Exception {
        Path file = dir.resolve("lessons/nato-iraq.json");
        List<Lesson> versions = List.of(CrashingSaver.lesson(0), CrashingSaver.lesson(1));
        assertThat(versions.get(0)).isNotEqualTo(versions.get(1));
        LessonFiles files = new LessonFiles();

        List<Path> leftovers = killWhileSaving("lesson", file, files::load, versions);

        files.save(versions.get(1), file);
        files.save(versions.get(0), file);
        assertThat(files.load(file)).as("saved and loaded beside %d leftovers", leftovers.size()).isEqualTo(versions.get(0));
        assertThat(files.load(LessonFiles.backupOf(file))).isEqualTo(versions.get(1));
    }

    @Test
    void theGlossaryIsAlwaysTheOldOrTheNewVersion() throws Exception {
        Path corpus = Seeds.copyCorpusInto(dir);
        Path file = corpus.resolve("glossary.json");
        List<Map<String, String>> versions = List.of(CrashingSaver.glossary(0).entries(), CrashingSaver.glossary(1).entries());
        assertThat(versions.get(0)).isNotEqualTo(versions.get(1));

        List<Path> leftovers = killWhileSaving("glossary", file, f -> Glossary.load(f).entries(), versions);

        CrashingSaver.glossary(1).save(file);
        assertThat(Glossary.load(file).entries()).as("saved and loaded beside %d leftovers", leftovers.size())
                .isEqualTo(versions.get(1));
        assertThat(new CorpusReader().read(corpus).articles()).as("the corpus reads past the leftovers")
                .hasSameSizeAs(Seeds.corpus().articles());
    }

    /**
     * Starts, lets save for a random moment and kills a child {@link #KILLS} times, checking the file
     * and its backup after each kill; prints how many kills came in the middle of a write.
     *
     * @return the temporary files the kills left in the file's folder
     */
    private <T> List<Path> killWhileSaving(String kind, Path file, Loader<T> loader, List<T> versions) throws Exception {
        Path folder = file.toAbsolutePath().getParent();
        Random random = new Random(kind.hashCode());
        int midWrite = 0;
        long saves = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int before = Files.isDirectory(folder) ? KillableChild.leftovers(folder).size() : 0;
            KillableChild child = KillableChild.start(CrashingSaver.class, kind, file.toString());
            assertThat(child.awaitFirstSave()).as("the %s child saved (kill %d)", kind, kill).isTrue();
            Thread.sleep(random.nextInt(100));
            child.kill();
            saves += child.lastSaved() + 1;

            assertThat(versions).as("kill %d: the %s file is one whole version", kill, kind).contains(loader.load(file));
            Path backup = LessonFiles.backupOf(file);
            if (Files.exists(backup)) {
                assertThat(versions).as("kill %d: the %s backup is one whole version", kill, kind).contains(loader.load(backup));
            }
            if (KillableChild.leftovers(folder).size() > before) midWrite++;
        }
        System.out.printf("crash test (%s): %d kills after %d finished saves, %d in the middle of a write"
                + " (a temporary file left)%n", kind, KILLS, saves, midWrite);
        return KillableChild.leftovers(folder);
    }

    @FunctionalInterface
    private interface Loader<T> {
        T load(Path file) throws LessonFileException;
    }
}
