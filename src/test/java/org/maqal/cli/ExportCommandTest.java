package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.export.DocxFiles;
import org.maqal.export.ExportFixtures;
import org.maqal.lesson.LessonFiles;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path lessonFile;

    @BeforeEach
    void saveLesson() throws Exception {
        lessonFile = dir.resolve("lessons").resolve("nato.json");
        new LessonFiles().save(ExportFixtures.lesson(), lessonFile);
    }

    @Test
    void docxWritesTheWorksheetAndTheKeyAndPrintsTheirPaths() throws Exception {
        Path out = dir.resolve("exports");
        CliRun run = CliRun.of("export", lessonFile.toString(), "--format", "docx", "--out", out.toString(), "--handout");
        assertThat(run.code()).as(run.err()).isZero();
        List<Path> printed = run.out().lines().map(Path::of).toList();
        assertThat(printed).extracting(p -> p.getFileName().toString()).containsExactly(
                "بعثة الناتو في العراق 2011 - 2024.worksheet.docx", "بعثة الناتو في العراق 2011 - 2024.answer-key.docx",
                "بعثة الناتو في العراق 2011 - 2024.handout.docx");
        for (Path p : printed) {
            assertThat(p).exists().hasParent(out.toAbsolutePath());
            assertThat(DocxFiles.schemaErrors(Files.readAllBytes(p))).isEmpty();
        }
        assertThat(DocxFiles.text(DocxFiles.open(Files.readAllBytes(printed.get(1))))).contains("الإجابة: (ب) 500 عنصر");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void moodleXmlAndGiftAreOneFileEach() {
        Path out = dir.resolve("lms");
        CliRun moodle = CliRun.of("export", lessonFile.toString(), "--format", "moodle-xml", "--out", out.toString());
        CliRun gift = CliRun.of("export", lessonFile.toString(), "--format", "GIFT", "--out", out.toString());
        assertThat(moodle.code()).isZero();
        assertThat(gift.code()).isZero();
        assertThat(Path.of(moodle.out().strip())).exists().hasFileName("بعثة الناتو في العراق 2011 - 2024.moodle.xml");
        assertThat(Path.of(gift.out().strip())).exists().hasFileName("بعثة الناتو في العراق 2011 - 2024.gift.txt");
    }

    @Test
    void studentFormatWritesACopyWithTheItemsAndNoAnswerKey() throws Exception {
        Path out = dir.resolve("class");
        CliRun run = CliRun.of("export", lessonFile.toString(), "--format", "student", "--out", out.toString(),
                "--corpus", "corpus");
        assertThat(run.code()).as(run.err()).isZero();
        Path copy = Files.list(out).filter(p -> p.toString().endsWith(".student.json")).findFirst().orElseThrow();
        String json = Files.readString(copy);
        ExportFixtures.lesson().items().forEach(item -> assertThat(json).contains("\"" + item.id() + "\""));
        assertThat(json).doesNotContain("\"answer\"").doesNotContain("\"notes\"");
    }

    @Test
    void letterPaperIsAccepted() throws Exception {
        CliRun run = CliRun.of("export", lessonFile.toString(), "--format", "docx", "--out", dir.toString(), "--paper", "Letter");
        assertThat(run.code()).isZero();
        assertThat(DocxFiles.open(Files.readAllBytes(Path.of(run.out().lines().findFirst().orElseThrow()))).getDocument().xmlText())
                .contains("w:w=\"12240\"");
    }

    @Test
    void mistakesGetOneSentenceAndNoStackTrace() throws Exception {
        assertMistake(CliRun.of("export", lessonFile.toString(), "--format", "pdf"),
                "There is no export format \"pdf\"; use docx, moodle-xml, gift or student.");
        assertMistake(CliRun.of("export", lessonFile.toString(), "--format", "docx", "--paper", "a3"),
                "There is no paper size \"a3\"; use a4 or letter.");
        assertMistake(CliRun.of("export", dir.resolve("missing.json").toString(), "--format", "docx"), "There is no lesson file");
        Path file = Files.writeString(dir.resolve("exports-file"), "x");
        assertMistake(CliRun.of("export", lessonFile.toString(), "--format", "gift", "--out", file.toString()), "is a file, not a folder");
        Path folder = Files.createDirectories(dir.resolve("out").resolve("بعثة الناتو في العراق 2011 - 2024.gift.txt"));
        assertMistake(CliRun.of("export", lessonFile.toString(), "--format", "gift", "--out", folder.getParent().toString()),
                "a folder with that name is in the way");
    }

    @Test
    void withoutACorpusTheKeyCitesNumbersAndSaysSo() throws Exception {
        CliRun run = CliRun.of("export", lessonFile.toString(), "--format", "docx", "--out", dir.toString(),
                "--corpus", dir.resolve("no-corpus").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("There is no corpus folder").contains("without quoting them");
        String key = DocxFiles.text(DocxFiles.open(Files.readAllBytes(Path.of(run.out().lines().toList().get(1)))));
        assertThat(key).contains("الجملة").doesNotContain("ويوجد حالياً في العراق 500 عنصر من حلف الأطلسي");
    }

    private static void assertMistake(CliRun run, String sentence) {
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(sentence).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
