package org.maqal.exercise.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.exercise.AnalysedCorpora.context;
import static org.maqal.exercise.AnalysedCorpora.report;
import static org.maqal.exercise.AnalysedCorpora.seeds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ReportingTone;
import org.maqal.exercise.SectionInvariants;
import org.maqal.model.ArticleReport;
import org.maqal.model.Item;
import org.maqal.model.Language;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;

/** The comparison section on the five seed articles, as a media-literacy teacher would check it. */
class ComparisonGeneratorTest {
    private final ComparisonGenerator generator = new ComparisonGenerator();

    private Section all(int count) {
        return generator.generate(context(seeds(), count, 1, Language.AR));
    }

    private static TableSheet table(Section s, String column) {
        return s.items().stream().filter(i -> i instanceof TableSheet t && t.columns().contains(column))
                .map(TableSheet.class::cast).findFirst().orElseThrow(() -> new AssertionError("no table with column " + column));
    }

    private static List<String> row(TableSheet t, String... cells) {
        return t.answer().stream().filter(r -> List.of(cells).stream().allMatch(r::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + List.of(cells) + " in " + t.answer()));
    }

    private static String sentence(Source s) {
        return report(seeds(), s.articleId()).analysis().sentence(s.sentenceIndex()).text();
    }

    @Test
    void oneArticleGivesAnEmptySectionThatSaysComparisonNeedsTwo() {
        Section ar = generator.generate(context(seeds(), 8, 1, Language.AR, "001"));
        Section en = generator.generate(context(seeds(), 8, 1, Language.EN, "001"));

        assertThat(ar.items()).isEmpty();
        assertThat(ar.skipped()).singleElement().asString().contains("مقالين أو أكثر");
        assertThat(en.skipped()).singleElement().asString().contains("two or more articles");
    }

    @Test
    void theMissionSizeAsEachArticleReportsIt() {
        TableSheet figures = table(all(20), "الرقم كما ورد");
        int olsen = figures.answer().indexOf(row(figures, "أكثر من 300 شخص"));
        int now = figures.answer().indexOf(row(figures, "500 عنصر"));
        int planned = figures.answer().indexOf(row(figures, "4 آلاف عنصر"));

        assertThat(figures.answer().get(now).get(0)).startsWith("المقال ٥");
        assertThat(figures.answer().get(now)).contains("غير مذكورة", "2020-10 تقديرًا", "الكاتب، دون نسبة إلى مصدر");
        assertThat(figures.answer().get(olsen).get(0)).startsWith("المقال ٢");
        assertThat(figures.answer().get(olsen).get(4)).startsWith("بيير أولسن");
        assertThat(figures.answer().get(planned).get(4)).startsWith("ينس ستولتنبرغ");
        assertThat(sentence(figures.rowSource(now).orElseThrow())).contains("500 عنصر من حلف الأطلسي");
        assertThat(sentence(figures.rowSource(olsen).orElseThrow())).contains("أكثر من 300 شخص");
        assertThat(figures.studentColumns()).containsExactly(5);
        assertThat(figures.notes()).contains("المقال ١", "المقال ٣", "المقال ٤");
    }

    @Test
    void theFiguresAreFollowedByWhyTheyDifferWithTheReasonsTheTextsGive() {
        Section s = all(20);
        OpenQuestion why = s.items().stream().filter(i -> i instanceof OpenQuestion q && q.prompt().contains("500 عنصر"))
                .map(OpenQuestion.class::cast).findFirst().orElseThrow();

        assertThat(why.guidance()).contains("2020-10", "2021-03", "«4 آلاف عنصر» عدد مخطط له", "«أكثر من 300 شخص» تقدير");
        assertThat(why.sources()).hasSize(3);
    }

    @Test
    void voicesAreTheSpeakersEachArticleQuotesWithTheSideTheySpeakFor() {
        TableSheet voices = table(all(20), "القائل");

        assertThat(row(voices, "المقال ١", "اندرس فو راسموسن").get(5)).isEqualTo("مسؤول — حلف شمال الأطلسي");
        assertThat(row(voices, "المقال ٢", "بيير أولسن").get(5)).isEqualTo("مسؤول — حلف شمال الأطلسي");
        assertThat(row(voices, "المقال ٢", "الخارجية العراقية").get(5)).isEqualTo("مؤسسة — العراق");
        assertThat(row(voices, "المقال ٣", "علاوي نعمة").get(5)).isEqualTo("مسؤول — العراق");
        assertThat(row(voices, "المقال ٣", "إلينا رومانوسكي").get(5)).isEqualTo("مسؤول — الولايات المتحدة");
        assertThat(row(voices, "المقال ٤", "مارك روتي").get(5)).isEqualTo("مسؤول — حلف شمال الأطلسي");
        assertThat(row(voices, "المقال ٤", "مصادر").get(5)).startsWith("مصدر مجهول");
        assertThat(row(voices, "المقال ٥", "انيغريت كرامب كارينباور").get(5)).isEqualTo("مسؤول — ألمانيا");
        assertThat(voices.answer()).as("Sudani receives Schreurs in 002; neither is quoted")
                .noneMatch(r -> r.get(1).contains("السوداني") || r.get(1).contains("شخويرس"));
    }

    @Test
    void theFirstArticleIsAskedWhoseVoiceIsMissing() {
        OpenQuestion missing = all(20).items().stream().filter(i -> i instanceof OpenQuestion q
                && q.prompt().startsWith("في المقال ١") && q.prompt().contains("الصوت الغائب")).map(OpenQuestion.class::cast)
                .findFirst().orElseThrow();

        assertThat(missing.prompt()).contains("لا يُقتبس فيه أحد يمثّل العراق");
        assertThat(missing.guidance()).contains("العراق في المقال ٢، المقال ٣");
    }

    @Test
    void theIraqiPrimeMinisterAndTheMissionCommanderAreNamedButNotHeard() {
        OpenQuestion unheard = all(20).items().stream().filter(i -> i instanceof OpenQuestion q && q.prompt().startsWith("المقال ٣")
                && q.prompt().contains("ولا ينقل كلام")).map(OpenQuestion.class::cast).findFirst().orElseThrow();

        assertThat(unheard.prompt()).contains("محمد شياع السوداني (رئيس الوزراء)", "لوكاس شخويرس (قائد بعثة الناتو في العراق)");
        assertThat(unheard.sources()).extracting(s -> sentence(s)).allMatch(t -> t.contains("استقبل رئيس الوزراء"));
    }

    @Test
    void namingAndFramingShowTheWordsEachArticleChooses() {
        TableSheet framing = table(all(20), "ماذا توحي هذه الاختيارات؟");

        assertThat(framing.columns()).contains("كيف يسمّي «حلف شمال الأطلسي»", "كيف يصف «مهمة» / «بعثة»");
        int naming = framing.columns().indexOf("كيف يسمّي «حلف شمال الأطلسي»");
        int mission = framing.columns().indexOf("كيف يصف «مهمة» / «بعثة»");
        assertThat(framing.answer().get(0).get(naming)).startsWith("الحلف ×٧");
        assertThat(framing.answer().get(1).get(naming)).startsWith("الناتو ×");
        assertThat(framing.answer().get(1).get(mission)).contains("مهمته غير قتالية");
        assertThat(framing.answer().get(3).get(mission)).contains("كبعثة استشارية غير قتالية");
        assertThat(framing.answer().get(1).get(framing.columns().indexOf("أفعال إسناد غير محايدة"))).contains("ينفي", "يشدد");
    }

    @Test
    void aLoadedVerbQuestionHasExactlyTheRightMeaningAmongItsChoices() {
        MultipleChoice denial = all(20).items().stream().filter(i -> i instanceof MultipleChoice m && m.prompt().contains("«ينفي»"))
                .map(MultipleChoice.class::cast).findFirst().orElseThrow();

        assertThat(denial.answer()).isEqualTo(ReportingTone.DENIAL.meaning(Language.AR));
        assertThat(denial.options()).hasSize(4).doesNotHaveDuplicates().contains(ReportingTone.NEUTRAL.meaning(Language.AR));
        assertThat(denial.sources()).containsExactly(new Source(report(seeds(), "001").id(), 0));
    }

    @Test
    void coverageSaysWhichArticleNamesWhatAndBlindspotsAreReallyAbsent() {
        Section s = all(20);
        TableSheet coverage = table(s, "الاسم");
        List<String> isis = row(coverage, "داعش");

        assertThat(isis.subList(2, 7)).startsWith("—").allMatch(c -> c.equals("—") || c.startsWith("نعم"));
        assertThat(isis.get(3)).isEqualTo("نعم (٨)");
        assertThat(coverage.studentColumns()).containsExactly(2, 3, 4, 5, 6);
        for (Item item : s.items()) {
            if (!(item instanceof OpenQuestion q) || !q.prompt().startsWith("يرد اسم")) continue;
            String name = q.prompt().substring(q.prompt().indexOf('«') + 1, q.prompt().indexOf('»'));
            int n = Integer.parseInt(q.prompt().replaceAll(".*ولا يذكره المقال (\\p{Nd}).*", "$1"));
            ArticleReport absent = seeds().reports().get(n - 1);
            assertThat(absent.article().text()).as("%s really leaves out %s", absent.id(), name).doesNotContain(name);
        }
    }

    @Test
    void theTimelineOrdersTheArticlesByDate() {
        Ordering timeline = all(20).items().stream().filter(Ordering.class::isInstance).map(Ordering.class::cast).findFirst().orElseThrow();

        assertThat(timeline.answer()).hasSize(4);
        assertThat(timeline.answer().get(0)).startsWith("المقال ١:");
        assertThat(timeline.answer().get(1)).startsWith("المقال ٥:");
        assertThat(timeline.answer().get(2)).startsWith("المقال ٢:");
        assertThat(timeline.answer().get(3)).startsWith("المقال ٣:").contains("والمقال ٤:");
        assertThat(timeline.notes()).contains("2011-12", "2020-10", "2021-03", "2024-10");
        assertThat(timeline.sources()).extracting(s -> sentence(s)).allMatch(t -> t.matches("(?s).*\\d{4}.*"));
    }

    @Test
    void aSmallCountTakesOneItemOfEachAspectAndSaysWhatItLeftOut() {
        Section s = all(5);

        assertThat(s.items()).hasSize(5);
        assertThat(s.items().get(0)).isInstanceOf(TableSheet.class);
        assertThat(((TableSheet) s.items().get(0)).columns()).contains("الرقم كما ورد");
        assertThat(s.items()).filteredOn(Ordering.class::isInstance).hasSize(1);
        assertThat(s.skipped()).anyMatch(n -> n.contains("محدود بـ٥"));
    }

    @Test
    void englishLessonsAreWordedInEnglish() {
        Section s = generator.generate(context(seeds(), 20, 1, Language.EN));

        assertThat(table(s, "Figure as written").answer()).anyMatch(r -> r.contains("not stated") && r.contains("500 عنصر"));
        assertThat(table(s, "Speaker").prompt()).startsWith("Who speaks");
        assertThat(s.items()).allMatch(i -> !i.prompt().contains("المقال "));
    }

    @Test
    void theSameSeedGivesTheSameSection() {
        assertThat(generator.generate(context(seeds(), 20, 7, Language.AR)))
                .isEqualTo(generator.generate(context(seeds(), 20, 7, Language.AR)));
    }

    @Test
    void everyInvariantHoldsForEveryPairOfArticlesAndManySeeds() {
        List<String> ids = List.of("000", "001", "002", "003", "004");
        for (long seed = 1; seed <= 2; seed++) {
            for (int a = 0; a < ids.size(); a++) {
                for (int b = 0; b < ids.size(); b++) {
                    if (a == b) continue;
                    GenerationContext ctx = context(seeds(), 12, seed, seed % 2 == 0 ? Language.EN : Language.AR, ids.get(a), ids.get(b));
                    SectionInvariants.check(generator.generate(ctx), ctx);
                }
            }
            for (int count : new int[] {1, 6, 16}) {
                GenerationContext ctx = context(seeds(), count, seed, Language.AR);
                SectionInvariants.check(generator.generate(ctx), ctx);
            }
        }
    }
}
