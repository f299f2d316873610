package org.maqal.exercise.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.exercise.AnalysedCorpora.report;
import static org.maqal.exercise.AnalysedCorpora.seeds;
import static org.maqal.exercise.AnalysedCorpora.unseen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;

/** Links between claims on the seeds and on the unseen cholera passages. */
class ClaimLinksTest {
    private static final ClaimLinks SEEDS = ClaimLinks.of(seeds().reports().stream().map(ArticleReport::analysis).toList());
    private static final ClaimLinks UNSEEN = ClaimLinks.of(unseen().reports().stream().map(ArticleReport::analysis).toList());

    private static TrackedClaim claim(ClaimLinks links, String article, String text) {
        return links.claims().stream().filter(c -> c.articleId().startsWith(article) && c.claim().text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + text + " in " + article));
    }

    private static Link to(ClaimLinks links, TrackedClaim c, String article) {
        return links.acrossArticles(c).stream().filter(l -> l.articleId().startsWith(article)).findFirst().orElseThrow();
    }

    private static String sentence(CorpusAnalysis corpus, Link l) {
        return report(corpus, l.articleId()).analysis().sentence(l.sentence()).text();
    }

    @Test
    void theNonCombatMissionIsLinkedBothWaysBetween2021And2024() {
        Link fromHeadline = to(SEEDS, claim(SEEDS, "001", "مهمته غير قتالية"), "003");
        Link fromOlsen = to(SEEDS, claim(SEEDS, "001", "ومهمتنا غير قتالية"), "003");
        Link fromRutte = to(SEEDS, claim(SEEDS, "003", "كبعثة استشارية غير قتالية"), "001");

        assertThat(List.of(fromHeadline, fromOlsen, fromRutte)).extracting(Link::agreement).containsOnly(Agreement.REPEATS);
        assertThat(sentence(seeds(), fromHeadline)).contains("استشارية غير قتالية");
        assertThat(sentence(seeds(), fromRutte)).contains("غير قتالية");
    }

    @Test
    void natoStayingAfterTheCoalitionIsSaidByRutteAndByAnIraqiMp() {
        Link link = to(SEEDS, claim(SEEDS, "003", "الحلف سيستمر بمهمته"), "002");

        assertThat(link.agreement()).isEqualTo(Agreement.REPEATS);
        assertThat(sentence(seeds(), link)).contains("سيستمر حتى بعد انتهاء مهام التحالف الدولي");
    }

    @Test
    void anotherSizeOfTheMissionContradictsOlsensFigure() {
        Link link = to(SEEDS, claim(SEEDS, "001", "أكثر من 300 شخص"), "004");

        assertThat(link.agreement()).isEqualTo(Agreement.CONTRADICTS);
        assertThat(link.why()).isEqualTo(Link.Why.FIGURE);
        assertThat(sentence(seeds(), link)).contains("500 عنصر");
    }

    @Test
    void afghanistanAndThePopesVisitAreInNoOtherArticle() {
        for (String text : List.of("أفغانستان", "البابا فرنسيس")) {
            for (TrackedClaim c : SEEDS.claims()) {
                if (!c.claim().text().contains(text)) continue;
                assertThat(SEEDS.acrossArticles(c)).extracting(Link::agreement).containsOnly(Agreement.SILENT);
            }
        }
    }

    @Test
    void theHeadlineOfAnArticleIsComparedWithItsClaims() {
        TrackedClaim worrying = claim(SEEDS, "004", "الوضع الأمني في العراق يبقى مثيراً للقلق");
        TrackedClaim germany = claim(SEEDS, "004", "ألمانيا تحافظ");

        assertThat(SEEDS.withHeadline(worrying)).hasValueSatisfying(l -> assertThat(l.agreement()).isEqualTo(Agreement.REPEATS));
        assertThat(SEEDS.withHeadline(germany)).hasValueSatisfying(l -> assertThat(l.agreement()).isEqualTo(Agreement.SILENT));
        assertThat(SEEDS.withHeadline(claim(SEEDS, "000", "سيواصل التعاون"))).as("000 has no headline, only a title written from the lead").isEmpty();
    }

    @Test
    void aDenialAndAnAssertionOfTheSameThingContradictEachOther() {
        Link water = to(UNSEEN, claim(UNSEEN, "a_sabah", "مياه الشرب في المخيم ملوثة"), "b_sharq");

        assertThat(water.agreement()).isEqualTo(Agreement.CONTRADICTS);
        assertThat(water.why()).isEqualTo(Link.Why.NEGATION);
        assertThat(sentence(unseen(), water)).contains("أثبتت");
    }

    @Test
    void underControlIsRepeatedByTheMinisterAndDeniedByTheWho() {
        TrackedClaim control = claim(UNSEEN, "a_sabah", "الوضع تحت السيطرة");

        assertThat(to(UNSEEN, control, "b_sharq").agreement()).isEqualTo(Agreement.CONTRADICTS);
        assertThat(to(UNSEEN, control, "c_radio").agreement()).isEqualTo(Agreement.REPEATS);
        assertThat(to(UNSEEN, control, "d_brief").agreement()).isEqualTo(Agreement.SILENT);
    }

    @Test
    void differentCaseCountsContradictWhoeverGivesThem() {
        TrackedClaim ministry = claim(UNSEEN, "a_sabah", "120 إصابة");

        assertThat(to(UNSEEN, ministry, "b_sharq")).satisfies(l -> {
            assertThat(l.agreement()).isEqualTo(Agreement.CONTRADICTS);
            assertThat(sentence(unseen(), l)).contains("310 إصابات");
        });
        assertThat(to(UNSEEN, ministry, "c_radio").agreement()).isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void aSpeakerKnownOnlyByHisRoleIsTheNamedSpokesman() {
        assertThat(claim(UNSEEN, "a_sabah", "مياه الشرب في المخيم ملوثة").claim().speaker()).isEqualTo("خالد العمري");
    }

    @Test
    void linksArePureFunctionsOfTheAnalyses() {
        ClaimLinks again = ClaimLinks.of(seeds().reports().stream().map(ArticleReport::analysis).toList());

        for (int i = 0; i < SEEDS.claims().size(); i++) {
            assertThat(again.acrossArticles(again.claims().get(i))).isEqualTo(SEEDS.acrossArticles(SEEDS.claims().get(i)));
        }
    }
}
