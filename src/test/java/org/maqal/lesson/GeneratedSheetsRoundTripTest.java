package org.maqal.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.exercise.AnalysedCorpora;
import org.maqal.exercise.ArticleRefs;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.claims.ClaimSheetGenerator;
import org.maqal.exercise.comparison.ComparisonGenerator;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.TableSheet;

/** Comparison and claim sheets saved and loaded keep every cell, student column and row source. */
class GeneratedSheetsRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void comparisonAndClaimSectionsComeBackEqualWithTheirRowSources() throws Exception {
        GenerationContext ctx = AnalysedCorpora.context(AnalysedCorpora.seeds(), 12, 5, Language.AR);
        Lesson lesson = new Lesson("sheets-5", "sheets", Language.AR,
                ctx.articles().stream().map(r -> ArticleRefs.of(r.article())).toList(),
                List.of(new ComparisonGenerator().generate(ctx), new ClaimSheetGenerator().generate(ctx)), 5, Instant.EPOCH);
        Path file = dir.resolve("sheets.json");
        LessonFiles files = new LessonFiles();

        files.save(lesson, file);
        Lesson back = files.load(file);

        assertThat(back).isEqualTo(lesson);
        TableSheet claims = (TableSheet) back.sections().get(1).items().get(0);
        for (int i = 0; i < claims.answer().size(); i++) {
            assertThat(claims.rowSource(i)).isEqualTo(((TableSheet) lesson.sections().get(1).items().get(0)).rowSource(i)).isPresent();
        }
    }
}
