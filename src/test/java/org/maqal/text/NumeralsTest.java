package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maqal.model.Language;

/** Whole numbers in a lesson's digits, and back. */
class NumeralsTest {
    @Test
    void anArabicLessonWritesArabicIndicDigitsAndAnEnglishOneWesternDigits() {
        assertThat(Numerals.of(0, Language.AR)).isEqualTo("٠");
        assertThat(Numerals.of(2024, Language.AR)).isEqualTo("٢٠٢٤");
        assertThat(Numerals.of(-3, Language.AR)).isEqualTo("-٣");
        assertThat(Numerals.of(2024, Language.EN)).isEqualTo("2024");
    }

    @Test
    void onlyDigitsChangeScriptAndEitherArabicScriptReadsBackAsWesternDigits() {
        assertThat(Numerals.indic("#12، المقال 3")).isEqualTo("#١٢، المقال ٣");
        assertThat(Numerals.western("#١٢، المقال ۳ و7")).isEqualTo("#12، المقال 3 و7");
        assertThat(Numerals.western(Numerals.of(9876543210L, Language.AR))).isEqualTo("9876543210");
    }
}
