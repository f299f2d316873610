package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maqal.model.Language;

class LessonTitlesTest {
    @Test
    void otherArticlesAreCountedInGoodArabic() {
        assertThat(LessonTitles.othersInArabic(1)).isEqualTo("ومقال آخر");
        assertThat(LessonTitles.othersInArabic(2)).isEqualTo("ومقالان آخران");
        assertThat(LessonTitles.othersInArabic(4)).isEqualTo("و٤ مقالات أخرى");
        assertThat(LessonTitles.othersInArabic(12)).isEqualTo("و١٢ مقالًا آخر");
    }

    @Test
    void aLessonOnSeveralArticlesIsTitledFromTheFirst() {
        var reports = SeedLessons.corpus().reports();
        assertThat(LessonTitles.of(reports.subList(0, 2), Language.AR))
                .isEqualTo("مقارنة المصادر: " + reports.get(0).article().title() + " ومقال آخر");
        assertThat(LessonTitles.of(List.of(reports.get(3)), Language.EN)).isEqualTo(reports.get(3).article().title());
        assertThat(LessonTitles.id("Lesson: one / two", 3)).isEqualTo("lesson-one-two-3");
    }

    @Test
    void glossesAreFoundInAnySpellingThatNormalisesAlike() {
        GenerationContext context = new GenerationContext(SeedLessons.corpus(), SeedLessons.corpus().reports(),
                Map.of("الأمن", "security"), 1, 1, Language.AR);
        assertThat(context.gloss("الامن")).contains("security");
        assertThat(context.gloss("الأمن")).contains("security");
        assertThat(context.gloss("السلام")).isEmpty();
    }
}
