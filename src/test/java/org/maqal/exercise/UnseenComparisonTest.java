package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.exercise.AnalysedCorpora.context;
import static org.maqal.exercise.AnalysedCorpora.unseen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.claims.ClaimSheetGenerator;
import org.maqal.exercise.comparison.ComparisonGenerator;
import org.maqal.model.Language;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.TableSheet;

/**
 * The generators on passages they were not tuned on: three outlets report a cholera outbreak in a
 * camp with different case counts and voices (the ministry, the WHO, the minister a week later), and a
 * brief with no date and nobody quoted.
 */
class UnseenComparisonTest {
    private final Section comparison = new ComparisonGenerator().generate(context(unseen(), 20, 3, Language.AR));
    private final Section claims = new ClaimSheetGenerator().generate(context(unseen(), 8, 3, Language.AR));

    private TableSheet table(Section s, String column) {
        return s.items().stream().filter(i -> i instanceof TableSheet t && t.columns().contains(column)).map(TableSheet.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void eachOutletsCaseCountStandsWithItsOutletDateAndSource() {
        TableSheet figures = table(comparison, "الرقم كما ورد");

        assertThat(figures.answer()).extracting(r -> r.subList(1, 5)).containsExactly(
                List.of("صحيفة الصباح", "2023-03-12", "120 إصابة", "خالد العمري (المتحدث باسم وزارة الصحة اليمنية)"),
                List.of("موقع الشرق اليوم", "2023-03-14", "310 إصابات", "منظمة الصحة العالمية"),
                List.of("إذاعة صوت المدينة", "2023-03-20", "180 إصابة", "سامي الحداد (وزير الصحة اليمني)"));
        assertThat(figures.notes()).contains("المقال ٤");
    }

    @Test
    void aResidentIsAVoiceSoNobodyClaimsOnlyOfficialsSpeakButTheWhoArticleLacksTheMinistry() {
        TableSheet voices = table(comparison, "القائل");

        assertThat(voices.answer()).extracting(r -> r.get(1)).containsExactly("خالد العمري", "منظمة الصحة العالمية", "نادية حسن",
                "أم سالم", "سامي الحداد");
        assertThat(comparison.items()).noneMatch(i -> i.prompt().contains("كل من يتكلم في هذه المقالات مسؤول"));
        assertThat(comparison.items()).filteredOn(i -> i instanceof OpenQuestion q && q.prompt().contains("الصوت الغائب"))
                .singleElement().satisfies(q -> assertThat(q.prompt()).startsWith("في المقال ٢").contains("يمثّل اليمن"));
    }

    @Test
    void theUndatedBriefIsLeftOutOfTheTimelineAndSaidSo() {
        Ordering timeline = comparison.items().stream().filter(Ordering.class::isInstance).map(Ordering.class::cast).findFirst().orElseThrow();

        assertThat(timeline.answer()).extracting(e -> e.substring(0, 8)).containsExactly("المقال ١", "المقال ٢", "المقال ٣");
        assertThat(comparison.skipped()).anyMatch(n -> n.contains("المقال ٤ بلا تاريخ"));
    }

    @Test
    void theClaimSheetSetsTheMinistryAgainstTheWho() {
        TableSheet sheet = (TableSheet) claims.items().get(0);
        List<String> control = sheet.answer().stream().filter(r -> r.get(1).startsWith("الوضع تحت السيطرة")).findFirst().orElseThrow();
        List<String> water = sheet.answer().stream().filter(r -> r.get(1).contains("ملوثة") && r.get(5).equals("المقال ١")).findFirst().orElseThrow();

        assertThat(control.get(7)).isEqualTo("المقال ٣");
        assertThat(control.get(8)).isEqualTo("المقال ٢");
        assertThat(control.get(9)).isEqualTo("المقال ٤");
        assertThat(water.get(2)).startsWith("خالد العمري");
        assertThat(water.get(8)).isEqualTo("المقال ٢");
        assertThat(claims.skipped()).anyMatch(n -> n.contains("المقال ٤ لا ينسب كلامًا"));
    }

    @Test
    void theInvariantsHoldOnUnseenTextsForEveryPair() {
        List<String> ids = List.of("a_sabah", "b_sharq", "c_radio", "d_brief");
        for (String a : ids) {
            for (String b : ids) {
                if (a.equals(b)) continue;
                GenerationContext ctx = context(unseen(), 10, 2, Language.EN, a, b);
                SectionInvariants.check(new ComparisonGenerator().generate(ctx), ctx);
                SectionInvariants.check(new ClaimSheetGenerator().generate(ctx), ctx);
            }
        }
    }
}
