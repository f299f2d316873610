package org.maqal.exercise.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.exercise.AnalysedCorpora.context;
import static org.maqal.exercise.AnalysedCorpora.report;
import static org.maqal.exercise.AnalysedCorpora.seeds;
import static org.maqal.exercise.AnalysedCorpora.unseen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.SectionInvariants;
import org.maqal.model.Language;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Section;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;

/** The claim-tracking section on the seeds, across articles and for one article. */
class ClaimSheetGeneratorTest {
    private final ClaimSheetGenerator generator = new ClaimSheetGenerator();

    private static List<String> row(TableSheet sheet, String text) {
        return sheet.answer().stream().filter(r -> r.get(1).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + text));
    }

    @Test
    void theSheetLinksTheNonCombatStatementsAcrossArticles() {
        TableSheet sheet = (TableSheet) generator.generate(context(seeds(), 8, 1, Language.AR)).items().get(0);
        int same = sheet.columns().indexOf("مقالات تقول الشيء نفسه");
        int otherwise = sheet.columns().indexOf("مقالات تقول غير ذلك");

        assertThat(row(sheet, "مهمته غير قتالية في العراق").get(same)).isEqualTo("المقال ٤");
        assertThat(row(sheet, "كبعثة استشارية غير قتالية").get(same)).contains("المقال ٢");
        assertThat(row(sheet, "أكثر من 300 شخص").get(otherwise)).isEqualTo("المقال ٥");
        assertThat(row(sheet, "مهمته غير قتالية في العراق")).contains("حلف شمال الأطلسي", "يشدد", "غير مباشر", "المقال ٢", "2021-03 تقديرًا");
    }

    @Test
    void everyRowCitesTheSentenceOfItsClaimAndTheStudentFillsTheLastThreeColumns() {
        TableSheet sheet = (TableSheet) generator.generate(context(seeds(), 8, 1, Language.AR)).items().get(0);

        assertThat(sheet.answer()).hasSizeBetween(5, ClaimSheet.MAX_ROWS);
        assertThat(sheet.studentColumns()).containsExactly(10, 11, 12);
        assertThat(sheet.columns().get(11)).contains("مؤيَّد", "مناقَض", "لا يمكن الجزم");
        for (int i = 0; i < sheet.answer().size(); i++) {
            Source s = sheet.rowSource(i).orElseThrow();
            String sentence = report(seeds(), s.articleId()).analysis().sentence(s.sentenceIndex()).text();
            assertThat(sentence).contains(sheet.answer().get(i).get(1));
        }
        assertThat(sheet.answer()).extracting(r -> r.get(5)).contains("المقال ١", "المقال ٢", "المقال ٣", "المقال ٤", "المقال ٥");
    }

    @Test
    void questionsAskWhetherTwoArticlesReallyDisagree() {
        Section s = generator.generate(context(seeds(), 8, 1, Language.AR));

        assertThat(s.items()).filteredOn(i -> i instanceof OpenQuestion q && q.prompt().contains("هل يتناقض الاثنان")).hasSize(1)
                .allSatisfy(q -> assertThat(q.sources()).hasSize(2));
        assertThat(s.items()).filteredOn(i -> i.prompt().contains("قارن بين الروايتين")).hasSize(2);
    }

    @Test
    void oneArticlesClaimsAreComparedWithItsHeadlineAndEachOther() {
        Section s = generator.generate(context(seeds(), 8, 1, Language.AR, "001"));
        TableSheet sheet = (TableSheet) s.items().get(0);
        int headline = sheet.columns().indexOf("العنوان");
        int others = sheet.columns().indexOf("تصريحات أخرى تقول الشيء نفسه");

        assertThat(row(sheet, "مهمته غير قتالية في العراق").get(headline)).isEqualTo("هو نفسه في العنوان");
        assertThat(row(sheet, "الحكومة العراقية تكفلت").get(headline)).isEqualTo("يقول الشيء نفسه");
        assertThat(row(sheet, "ولن تأخذ دور القوات الأميركية").get(others)).isNotEqualTo("—");
        assertThat(s.items()).filteredOn(i -> i.prompt().startsWith("العنوان:")).singleElement()
                .satisfies(q -> assertThat(q.prompt()).contains("الناتو ينفي نيته تعويض التواجد الأميركي"));
    }

    @Test
    void anArticleThatQuotesNobodyGetsAnEmptySectionThatSaysSo() {
        Section s = generator.generate(context(unseen(), 8, 1, Language.EN, "d_brief"));

        assertThat(s.items()).isEmpty();
        assertThat(s.skipped()).singleElement().asString().contains("attributes nothing to anyone");
    }

    @Test
    void aCountOfOneKeepsTheSheetAndSaysWhatWasLeftOut() {
        Section s = generator.generate(context(seeds(), 1, 1, Language.EN));

        assertThat(s.items()).singleElement().isInstanceOf(TableSheet.class);
        assertThat(s.skipped()).anyMatch(n -> n.contains("limited to 1"));
    }

    @Test
    void everyInvariantHoldsForEachArticleAloneAndForAllTogether() {
        for (long seed = 1; seed <= 3; seed++) {
            for (String id : List.of("000", "001", "002", "003", "004")) {
                GenerationContext ctx = context(seeds(), 6, seed, Language.AR, id);
                SectionInvariants.check(generator.generate(ctx), ctx);
            }
            GenerationContext all = context(seeds(), 8, seed, Language.EN);
            SectionInvariants.check(generator.generate(all), all);
            GenerationContext fresh = context(unseen(), 8, seed, Language.AR);
            SectionInvariants.check(generator.generate(fresh), fresh);
        }
    }
}
