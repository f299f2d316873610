package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.text.ArabicNormalizer;

class MonthNamesTest {
    private final MonthNames months = MonthNames.standard();

    private MonthNames.Month month(String phrase) {
        return months.at(List.of(ArabicNormalizer.normalize(phrase).split(" ")), 0).orElse(null);
    }

    @Test
    void everySystemNamesTheSameMonths() {
        assertThat(month("يناير").month()).isEqualTo(1);
        assertThat(month("كانون الثاني")).isEqualTo(new MonthNames.Month(1, 2, 0));
        assertThat(month("جانفي").month()).isEqualTo(1);
        assertThat(month("شباط").month()).isEqualTo(2);
        assertThat(month("أيلول").month()).isEqualTo(9);
        assertThat(month("سبتمبر").month()).isEqualTo(9);
        assertThat(month("تشرين الأول").month()).isEqualTo(10);
        assertThat(month("اكتوبر").month()).isEqualTo(10);
        assertThat(month("كانون الأول").month()).isEqualTo(12);
        assertThat(month("آب").month()).isEqualTo(8);
        assertThat(month("جويلية").month()).isEqualTo(7);
    }

    @Test
    void proclitics() {
        assertThat(month("بسبتمبر")).isEqualTo(new MonthNames.Month(9, 1, 1));
        assertThat(month("باب")).as("a door is not August").isNull();
        assertThat(month("كانون")).isNull();
    }
}
