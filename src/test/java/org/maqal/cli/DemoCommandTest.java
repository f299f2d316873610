package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.export.DocxFiles;
import org.maqal.model.GapFill;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.VocabularyEntry;
import org.maqal.testing.Seeds;

class DemoCommandTest {
    @TempDir
    Path out;

    @Test
    void demoWritesTheWorksheetAndKeyOfTheFiveArticleLesson() throws Exception {
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<Path> printed = run.out().lines().map(Path::of).toList();
        assertThat(printed).hasSize(2);
        assertThat(printed.get(0).getFileName().toString()).endsWith(".worksheet.docx");
        assertThat(printed.get(1).getFileName().toString()).endsWith(".answer-key.docx");

        Lesson expected = LessonGenerator.standard().generate(CorpusAnalyzer.standard().analyze(Seeds.corpus().articles()),
                LessonRequest.everything(), Map.of(), Progress.NONE);
        assertThat(expected.articles()).hasSize(5);
        byte[] worksheet = Files.readAllBytes(printed.get(0));
        assertThat(DocxFiles.schemaErrors(worksheet)).isEmpty();
        assertThat(DocxFiles.schemaErrors(Files.readAllBytes(printed.get(1)))).isEmpty();
        String text = DocxFiles.text(DocxFiles.open(worksheet));
        assertThat(text).contains(expected.title(), "الاسم:");
        expected.items().filter(i -> !(i instanceof VocabularyEntry) && !(i instanceof GapFill))
                .forEach(i -> assertThat(text).contains(DocxFiles.plain(i.prompt())));
    }
}
