package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.corpus.FileNames;
import org.maqal.lesson.SampleLessons;

class HandInsTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:15:00Z");
    private static StudentCopy copy;
    private final HandIns handIns = new HandIns();

    @TempDir
    Path folder;

    @BeforeAll
    static void makeCopy() {
        copy = new StudentCopies().make(SampleLessons.forStudents(), StudentCopyTest.ARTICLES, FeedbackMode.NONE);
    }

    private static StudentWork work(String name, String className) {
        return StudentWork.begin(copy, new StudentWork.Student(name, className), NOW)
                .withAnswer("c2", new Answer.Judgement(true), NOW);
    }

    @Test
    void theFileNameComesFromClassAndNameMadeSafe() throws Exception {
        assertThat(name(work("ليلى حداد", "10A"))).isEqualTo("10A_ليلى-حداد.json");
        assertThat(name(work("  Omar / Khalil: \"the 2nd\"  ", "10/B"))).isEqualTo("10B_Omar-Khalil-the-2nd.json");
        assertThat(name(work("عُمَر", ""))).as("no class, diacritics kept").isEqualTo("عُمَر.json");
        assertThat(name(work("...", "?"))).isEqualTo("class_student.json");
        assertThat(name(work("CON", "x"))).isEqualTo("x_CON-.json");
        assertThat(name(work("ا".repeat(90), "10A"))).hasSize("10A_".length() + FileNames.MAX_DASHED + ".json".length());
    }

    @Test
    void aSecondHandInIsKeptAsANewerVersion() throws Exception {
        StudentWork first = work("Sara Ali", "10B");
        handIns.write(first, folder, NOW);
        StudentWork later = first.withAnswer("c1", new Answer.Choice("500 عنصر"), NOW.plusSeconds(60));
        HandIns.HandIn second = handIns.write(later, folder, NOW.plusSeconds(60));
        HandIns.HandIn third = handIns.write(new StudentWork(later.lessonId(), later.lessonTitle(), later.copyId(),
                new StudentWork.Student("sara   ali", "10b"), later.responses(), later.flags(), later.started(),
                later.changed(), null, 0), folder, NOW.plusSeconds(120));

        assertThat(second.file().getFileName().toString()).isEqualTo("10B_Sara-Ali-v2.json");
        assertThat(second.work().attempt()).isEqualTo(2);
        assertThat(third.file().getFileName().toString()).as("the same student typed otherwise").isEqualTo("10B_Sara-Ali-v3.json");
        assertThat(new WorkFiles().load(folder.resolve("10B_Sara-Ali.json")).responses()).containsOnlyKeys("c2");
        assertThat(new WorkFiles().load(second.file()).handedIn()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anotherStudentsFileIsNeverOverwritten() throws Exception {
        String family = "Muhammad Abdulrahman Al-Hashimi Al-Qurashi";
        Path sara = handIns.write(work(family + " Senior", "10B"), folder, NOW).file();
        byte[] saras = Files.readAllBytes(sara);
        HandIns.HandIn other = handIns.write(work(family + " Junior", "10B"), folder, NOW);
        Files.writeString(folder.resolve("10B_Huda.json"), "not a hand-in");
        HandIns.HandIn huda = handIns.write(work("Huda", "10B"), folder, NOW);

        assertThat(sara.getFileName().toString()).as("the name cut at 40 characters").isEqualTo("10B_Muhammad-Abdulrahman-Al-Hashimi-Al-Quras.json");
        assertThat(other.file().getFileName().toString()).matches("10B_Muhammad-Abdulrahman-Al-Hashimi-Al-Quras-[0-9a-f]{6}\\.json");
        assertThat(huda.file().getFileName().toString()).matches("10B_Huda-[0-9a-f]{6}\\.json");
        assertThat(Files.readAllBytes(sara)).isEqualTo(saras);
        assertThat(Files.readString(folder.resolve("10B_Huda.json"))).isEqualTo("not a hand-in");
        HandIns.HandIn again = handIns.write(work(family + " Junior", "10B"), folder, NOW);
        assertThat(again.file().getFileName().toString()).isEqualTo(other.file().getFileName().toString().replace(".json", "-v2.json"));
    }

    @Test
    void studentsHandingInAtTheSameMomentAllKeepTheirFiles() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HandIns.HandIn>> results = new ArrayList<>();
        for (int i = 0; i < 24; i++) results.add(pool.submit(() -> handIns.write(work("Sara Ali", "10B"), folder, NOW)));
        List<String> names = new ArrayList<>();
        for (Future<HandIns.HandIn> f : results) names.add(f.get().file().getFileName().toString());
        pool.shutdown();

        assertThat(names).doesNotHaveDuplicates().hasSize(24).contains("10B_Sara-Ali.json", "10B_Sara-Ali-v24.json");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").hasSize(24).allMatch(n -> n.endsWith(".json"));
        }
    }

    @Test
    void aMissingFolderIsRefusedInOneSentence() {
        Path usb = folder.resolve("usb-stick");
        assertThatThrownBy(() -> handIns.write(work("Sara Ali", "10B"), usb, NOW))
                .hasMessage("The folder " + usb + " does not exist; choose the class folder or plug in the USB stick again.");
    }

    private String name(StudentWork work) throws Exception {
        Path sub = Files.createTempDirectory(folder, "h");
        return handIns.write(work, sub, NOW).file().getFileName().toString();
    }
}
