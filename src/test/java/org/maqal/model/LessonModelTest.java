package org.maqal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the lesson records keep, with the sentences they refuse in. */
class LessonModelTest {
    private static final String ARTICLE = "001_bcc271ba2864c5e3";
    private static final List<Source> SRC = List.of(new Source(ARTICLE, 3));
    private static final List<String> SIZES = List.of("أكثر من 300 شخص", "4 آلاف عنصر", "500 عنصر");
    private static final String HASH = "3c11627ca4e07a97bc1866642b8fe61360d57194f10fe7710d2710aa268f82da";

    @Test
    void multipleChoiceNeedsDistinctOptionsWithTheAnswerAmongThem() {
        MultipleChoice ok = new MultipleChoice("c1", "كم عدد أفراد بعثة الناتو؟", SIZES, "أكثر من 300 شخص", SRC, 1, null);
        assertThat(ok.notes()).isEmpty();
        assertThat(ok.source()).contains(new Source(ARTICLE, 3));

        assertThatThrownBy(() -> new MultipleChoice("c1", "كم؟", SIZES, "ألف شخص", SRC, 1, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of its options");
        assertThatThrownBy(() -> new MultipleChoice("c1", "كم؟", List.of("500 عنصر", "500 عنصر"), "500 عنصر", SRC, 1, ""))
                .hasMessageContaining("has \"500 عنصر\" twice");
        assertThatThrownBy(() -> new MultipleChoice(" ", "كم؟", SIZES, "500 عنصر", SRC, 1, ""))
                .hasMessageContaining("needs a non-blank id");
        assertThatThrownBy(() -> new MultipleChoice("c1", "كم؟", SIZES, "500 عنصر", SRC, -1, ""))
                .hasMessageContaining("negative points");
    }

    @Test
    void editorCopiesChangeOneThing() {
        MultipleChoice mc = new MultipleChoice("c1", "كم عدد أفراد البعثة؟", SIZES, "500 عنصر", SRC, 1, "");
        MultipleChoice edited = mc.withPrompt("ما عدد عناصر بعثة الناتو في العراق؟").withPoints(2).withNotes("راجع الفقرة الثانية");

        assertThat(edited).isEqualTo(new MultipleChoice("c1", "ما عدد عناصر بعثة الناتو في العراق؟", SIZES, "500 عنصر", SRC, 2,
                "راجع الفقرة الثانية"));
        assertThat(mc.prompt()).isEqualTo("كم عدد أفراد البعثة؟");
    }

    @Test
    void gapFillKeepsExactlyOneGapAndItsAnswerAmongTheChoices() {
        String sentence = "وتابع بيير أولسن أن الحكومة العراقية تكفلت " + GapFill.GAP + " بعثة الناتو من أي استهداف مسلح.";
        GapFill gap = new GapFill("g1", sentence, "بحماية", List.of(), SRC, 1, "");
        assertThat(gap.options()).isEmpty();

        assertThatThrownBy(() -> gap.withPrompt("تكفلت الحكومة العراقية بحماية بعثة الناتو."))
                .hasMessageContaining("exactly once");
        assertThatThrownBy(() -> new GapFill("g1", sentence, "بحماية", List.of("بتدريب", "بزيادة"), SRC, 1, ""))
                .hasMessageContaining("include the answer");
    }

    @Test
    void matchingAndOrderingShowTheSameEntriesShuffled() {
        List<Matching.Pair> pairs = List.of(new Matching.Pair("المشورة", "advice"), new Matching.Pair("بعثة", "mission"));
        assertThat(new Matching("m1", "صل", pairs, List.of("mission", "advice"), SRC, 2, "").options()).hasSize(2);
        assertThatThrownBy(() -> new Matching("m1", "صل", pairs, List.of("mission", "training"), SRC, 2, ""))
                .hasMessageContaining("exactly the right sides");
        assertThatThrownBy(() -> new Ordering("o1", "رتّب", List.of("أ", "ب"), List.of("ب", "ج"), SRC, 1, ""))
                .hasMessageContaining("same entries");
    }

    @Test
    void aTableBlanksTheStudentsColumns() {
        TableSheet sheet = new TableSheet("t1", "قارن", List.of("المقال", "العدد كما ورد", "لماذا يختلف؟"),
                List.of(List.of("الأناضول 2021", "أكثر من 300 شخص", "تاريخ مختلف")), List.of(1, 2), SRC, 2, "");

        assertThat(sheet.givenRows()).containsExactly(List.of("الأناضول 2021", "", ""));
        assertThat(sheet.isStudentColumn(0)).isFalse();
        assertThatThrownBy(() -> new TableSheet("t1", "قارن", List.of("المقال"), List.of(List.of("أ", "ب")), List.of(), SRC, 1, ""))
                .hasMessageContaining("2 cells for 1 columns");
        assertThatThrownBy(() -> new TableSheet("t1", "قارن", List.of("المقال"), List.of(), List.of(3), SRC, 1, ""))
                .hasMessageContaining("student column 3");
    }

    @Test
    void instructionsFallBackToTheOtherLanguage() {
        Instructions onlyArabic = new Instructions("أجب عن الأسئلة.", null);
        assertThat(onlyArabic.in(Language.EN)).isEqualTo("أجب عن الأسئلة.");
        assertThat(new Instructions("أجب.", "Answer.").in(Language.EN)).isEqualTo("Answer.");
        assertThatThrownBy(() -> new Instructions(" ", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLessonRefusesDuplicateItemIdsAndSourcesOutsideItsArticles() {
        ArticleRef ref = new ArticleRef(ARTICLE, "الناتو ينفي نيته", "", "2021-03", HASH);
        Item tf = new TrueFalse("c2", "قرر الحلف زيادة أفراد بعثته إلى 4 آلاف عنصر.", true, SRC, 1, "");
        Item elsewhere = new TrueFalse("c3", "يوجد في العراق 500 عنصر من الحلف.", true,
                List.of(new Source("004_782780b7991aed56", 2)), 1, "");
        Instructions ins = new Instructions("أجب.", "Answer.");
        Instant now = Instant.parse("2025-02-03T08:30:00Z");

        assertThatThrownBy(() -> new Lesson("l", "", Language.AR, List.of(ref),
                List.of(new Section(SectionKind.COMPREHENSION, ins, List.of(tf, tf), null, null)), 1, now))
                .hasMessageContaining("two items have the id \"c2\"");
        assertThatThrownBy(() -> new Lesson("l", "", Language.AR, List.of(ref),
                List.of(new Section(SectionKind.COMPREHENSION, ins, List.of(elsewhere), null, null)), 1, now))
                .hasMessageContaining("not one of the lesson's articles");
        assertThatThrownBy(() -> new ArticleRef(ARTICLE, "", "", "", "abc")).hasMessageContaining("SHA-256");
    }
}
