package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;

class UnitWordsTest {
    private final UnitWords units = UnitWords.standard();

    private Unit unit(String word) {
        return units.unitOf(ArabicNormalizer.normalize(word)).orElse(null);
    }

    @Test
    void personsAndSoldiersInTheFormsTheyTakeAfterANumber() {
        assertThat(unit("جندي")).isEqualTo(Unit.SOLDIERS);
        assertThat(unit("جنديا")).isEqualTo(Unit.SOLDIERS);
        assertThat(unit("جنود")).isEqualTo(Unit.SOLDIERS);
        assertThat(unit("مقاتلين")).isEqualTo(Unit.SOLDIERS);
        for (String w : List.of("عنصر", "مدرب", "شرطي", "موظف", "شخص", "شخصا", "أشخاص", "فرد", "أفراد", "موظفين", "ناخب")) {
            assertThat(unit(w)).as(w).isEqualTo(Unit.PEOPLE);
        }
        assertThat(unit("مدرسة")).as("a school, not a teacher").isNull();
    }

    @Test
    void moneyAndDurations() {
        assertThat(unit("يورو")).isEqualTo(Unit.EURO);
        assertThat(unit("دولارا")).isEqualTo(Unit.DOLLAR);
        assertThat(unit("دينار")).isEqualTo(Unit.MONEY);
        assertThat(unit("سنوات")).isEqualTo(Unit.YEARS);
        assertThat(unit("أعوام")).isEqualTo(Unit.YEARS);
        assertThat(unit("شهرا")).isEqualTo(Unit.MONTHS);
        assertThat(unit("أشهر")).isEqualTo(Unit.MONTHS);
        assertThat(unit("أيام")).isEqualTo(Unit.DAYS);
        assertThat(unit("أسابيع")).isEqualTo(Unit.WEEKS);
    }

    @Test
    void percentSignsAndPhrases() {
        assertThat(units.at(List.of("%"), 0)).contains(new UnitWords.Found(Unit.PERCENT, 1));
        assertThat(units.at(List.of("٪"), 0)).contains(new UnitWords.Found(Unit.PERCENT, 1));
        assertThat(units.at(List.of(ArabicNormalizer.normalize("بالمئة")), 0)).contains(new UnitWords.Found(Unit.PERCENT, 1));
        assertThat(units.at(List.of("في", ArabicNormalizer.normalize("المائة")), 0)).contains(new UnitWords.Found(Unit.PERCENT, 2));
        assertThat(units.at(List.of("في", ArabicNormalizer.normalize("العراق")), 0)).isEmpty();
    }

    @Test
    void dualsStandForTwo() {
        assertThat(units.dualOf(ArabicNormalizer.normalize("يومين"))).contains(Unit.DAYS);
        assertThat(units.dualOf(ArabicNormalizer.normalize("عامين"))).contains(Unit.YEARS);
        assertThat(units.dualOf(ArabicNormalizer.normalize("يوم"))).isEmpty();
    }
}
