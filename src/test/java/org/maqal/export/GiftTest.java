package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maqal.export.gift.Gift;
import org.maqal.model.Lesson;
import org.maqal.testing.Seeds;

class GiftTest {
    @Test
    void everyCharacterGiftGivesAMeaningIsEscaped() {
        assertThat(Gift.escape("a~b=c#d{e}f:g\\h")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
        assertThat(Gift.escape("<p dir=\"rtl\">الساعة 10:30 {مهم}</p>")).isEqualTo("<p dir\\=\"rtl\">الساعة 10\\:30 \\{مهم\\}</p>");
        assertThat(Gift.escape("سطر\nسطر")).isEqualTo("سطر سطر");
    }

    @Test
    void theLessonIsCategoriesOfHtmlQuestionsMarkedRightToLeft() {
        String gift = gift(ExportFixtures.lesson());
        assertThat(gift).contains("$CATEGORY: $course$/top/" + ExportFixtures.lesson().title() + "/الفهم والاستيعاب");
        assertThat(Pattern.compile("(?m)^::").matcher(gift).results().count()).isEqualTo(10);
        assertThat(Pattern.compile("(?m)^::.*?::\\[html\\]<p dir\\\\=\"rtl\">").matcher(gift).results().count()).isEqualTo(10);
        assertThat(gift).contains("{FALSE####");
        assertThat(gift).contains("=500 عنصر", "~أكثر من 300 شخص", "~4 آلاف عنصر");
        assertThat(gift).contains("اجتماع لسفراء الحلف في {=بروكسل ~بغداد ~واشنطن ####");
        assertThat(gift).contains("=المشورة -> advice");
    }

    @Test
    void specialCharactersInALessonDoNotBreakTheFile() {
        Lesson base = ExportFixtures.lesson();
        var section = base.sections().get(1);
        var mc = (org.maqal.model.MultipleChoice) section.items().get(0);
        var tricky = new org.maqal.model.MultipleChoice(mc.id(), "ما معنى {الرمز} = # ~ في النص: \"أ\"؟",
                List.of("a=b", "c~d", "e#f"), "c~d", mc.sources(), 1, "");
        Lesson lesson = base.withSections(List.of(section.withItems(List.of(tricky))));
        String gift = gift(lesson);
        assertThat(gift).contains("ما معنى \\{الرمز\\} \\= \\# \\~ في النص\\: &quot;أ&quot;؟");
        assertThat(gift).contains("\t~a\\=b", "\t=c\\~d", "\t~e\\#f");
        String question = gift.substring(gift.indexOf("::"));
        String unescaped = question.replaceAll("\\\\.", "");
        assertThat(unescaped.chars().filter(c -> c == '{').count()).isEqualTo(1);
        assertThat(unescaped.chars().filter(c -> c == '}').count()).isEqualTo(1);
    }

    private static String gift(Lesson lesson) {
        try {
            byte[] bytes = new LessonExporter(ExportOptions.defaults())
                    .files(lesson, SourceSentences.of(lesson, Seeds.corpus().articles()), ExportFormat.GIFT).values().iterator().next();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (ExportException e) {
            throw new AssertionError(e);
        }
    }
}
