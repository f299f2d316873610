package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {
    private static double value(String digits) {
        return Digits.parse(digits).orElseThrow().value();
    }

    @Test
    void asciiArabicIndicAndEasternArabicIndicDigits() {
        assertThat(value("2024")).isEqualTo(2024);
        assertThat(value("٢٠٢٤")).isEqualTo(2024);
        assertThat(value("۲۰۲۳")).isEqualTo(2023);
    }

    @Test
    void decimalPointsAndArabicDecimalSeparator() {
        assertThat(value("17.7")).isEqualTo(17.7);
        assertThat(value("١٧٫٥")).isEqualTo(17.5);
        assertThat(Digits.parse("١٧٫٥").orElseThrow().decimal()).isTrue();
    }

    @Test
    void thousandsSeparatorsOnlyBeforeGroupsOfThree() {
        assertThat(value("2,000")).isEqualTo(2000);
        assertThat(value("1,250,000")).isEqualTo(1250000);
        assertThat(value("١٬٢٥٠")).isEqualTo(1250);
        assertThat(Digits.parse("2,000").orElseThrow().grouped()).isTrue();
        assertThat(value("17,5")).isEqualTo(17.5);
        assertThat(value("١٥٬٣")).isEqualTo(15.3);
    }

    @Test
    void yearsAreFourDigitIntegersWithoutSeparators() {
        assertThat(Digits.parse("2004").map(DateFinder::isYear)).contains(true);
        assertThat(Digits.parse("2,004").map(DateFinder::isYear)).contains(false);
        assertThat(Digits.parse("5000").map(DateFinder::isYear)).contains(false);
        assertThat(Digits.parse("1899").map(DateFinder::isYear)).contains(false);
    }

    @Test
    void refusesWhatIsNotOneNumber() {
        assertThat(Digits.parse("12.03.2024")).isEmpty();
        assertThat(Digits.parse("K24")).isEmpty();
        assertThat(Digits.parse("")).isEmpty();
        assertThat(Digits.parse("17.")).isEmpty();
        assertThat(Digits.parse("0770").orElseThrow().leadingZero()).isTrue();
        assertThat(Digits.parse("0.5").orElseThrow().leadingZero()).isFalse();
    }
}
