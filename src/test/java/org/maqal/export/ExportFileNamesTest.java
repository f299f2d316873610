package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.FileNames;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.exercise.SeedLessons;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;
import org.maqal.testing.Seeds;

/**
 * The names of the exported files of a lesson generated in English from two seed articles, whose
 * title ("Comparing sources: روتي بعثة الناتو … and 1 more") is longer than a file name keeps: the
 * name keeps whole words of the title, ends on a word of the article's title, and holds nothing a
 * Windows, macOS or Linux file name may not.
 */
class ExportFileNamesTest {
    @Test
    void aLongEnglishComparisonTitleIsCutBetweenWordsOfTheArticleTitle() throws Exception {
        String first = Seeds.article("003").title();
        LessonRequest request = new LessonRequest("", List.of(SeedLessons.id("003"), SeedLessons.id("000")),
                EnumSet.of(SectionKind.VOCABULARY), LessonRequest.DEFAULT_COUNT, 1, Language.EN);
        Lesson lesson = LessonGenerator.standard().generate(SeedLessons.corpus(), request, Map.of(), Progress.NONE);
        assertThat(lesson.title()).startsWith("Comparing sources: " + first).endsWith(" and 1 more");

        Map<String, byte[]> files = new LessonExporter(ExportOptions.defaults())
                .files(lesson, SourceSentences.of(lesson, Seeds.corpus().articles()), ExportFormat.DOCX);
        String worksheet = files.keySet().iterator().next();
        assertThat(worksheet).endsWith(".worksheet.docx");
        String stem = worksheet.substring(0, worksheet.length() - ".worksheet.docx".length());

        assertThat(stem).doesNotContainPattern("[<>:\"/\\\\|?*]").doesNotEndWith(" ").doesNotEndWith(".")
                .hasSizeLessThanOrEqualTo(FileNames.MAX_CHARS);
        List<String> titleWords = Arrays.asList(("Comparing sources " + first).replace(':', ' ').split("\\s+"));
        List<String> stemWords = Arrays.asList(stem.split(" "));
        assertThat(titleWords).as("whole words of the title, in order, none cut").startsWith(stemWords.toArray(String[]::new));
        assertThat(stemWords).as("a readable part of the article's title is kept").hasSizeGreaterThan(titleWords.size() / 2);
    }
}
