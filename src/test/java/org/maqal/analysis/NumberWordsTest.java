package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.text.ArabicNormalizer;

class NumberWordsTest {
    private final NumberWords words = NumberWords.standard();

    private double value(String phrase) {
        return words.valueOf(phrase).orElseThrow(() -> new AssertionError("not read: " + phrase));
    }

    private NumberWords.Reading read(String phrase) {
        List<String> tokens = List.of(ArabicNormalizer.normalize(phrase).split(" "));
        return words.read(tokens, 0).orElseThrow();
    }

    @Test
    void unitsInTheirMasculineAndFeminineForms() {
        assertThat(value("سبع")).isEqualTo(7);
        assertThat(value("سبعة")).isEqualTo(7);
        assertThat(value("عشرة")).isEqualTo(10);
        assertThat(value("عشر")).isEqualTo(10);
        assertThat(value("ثماني")).isEqualTo(8);
        assertThat(value("ثلاث")).isEqualTo(3);
    }

    @Test
    void teensInEveryGender() {
        assertThat(value("خمسة عشر")).isEqualTo(15);
        assertThat(value("خمس عشرة")).isEqualTo(15);
        assertThat(value("أحد عشر")).isEqualTo(11);
        assertThat(value("إحدى عشرة")).isEqualTo(11);
        assertThat(value("اثنا عشر")).isEqualTo(12);
        assertThat(value("اثنتي عشرة")).isEqualTo(12);
        assertThat(value("ثمانية عشر")).isEqualTo(18);
    }

    @Test
    void tensJoinedWithWaw() {
        assertThat(value("عشرون")).isEqualTo(20);
        assertThat(value("تسعين")).isEqualTo(90);
        assertThat(value("خمسة وعشرون")).isEqualTo(25);
        assertThat(value("ثلاث وأربعين")).isEqualTo(43);
        assertThat(value("خمسة و عشرون")).isEqualTo(25);
    }

    @Test
    void hundredsInBothSpellings() {
        assertThat(value("مئة")).isEqualTo(100);
        assertThat(value("مائة")).isEqualTo(100);
        assertThat(value("مئتان")).isEqualTo(200);
        assertThat(value("مائتي")).isEqualTo(200);
        assertThat(value("ثلاثمئة")).isEqualTo(300);
        assertThat(value("خمسمائة")).isEqualTo(500);
        assertThat(value("ثلاث مئة")).isEqualTo(300);
        assertThat(value("مئة وخمسة وعشرون")).isEqualTo(125);
        assertThat(value("ثلاثمئة وخمسة عشر")).isEqualTo(315);
    }

    @Test
    void fractions() {
        assertThat(value("ثلث")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(value("نصف")).isEqualTo(0.5);
        assertThat(value("ثلثي")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(read("ثلث").fraction()).isTrue();
    }

    @Test
    void proclititcsAndTheArticleOnTheFirstWord() {
        NumberWords.Reading and = read("وعشرة");
        assertThat(and.value()).isEqualTo(10);
        assertThat(and.proclitic()).isEqualTo(1);
        assertThat(read("لخمسة عشر").value()).isEqualTo(15);
        assertThat(read("لخمسة عشر").proclitic()).isEqualTo(1);
        NumberWords.Reading the = read("السبع");
        assertThat(the.value()).isEqualTo(7);
        assertThat(the.definite()).isTrue();
        assertThat(read("الاثنين").definite()).isTrue();
    }

    @Test
    void approximatePluralsAndLookalikesAreNotNumbers() {
        assertThat(words.valueOf("عشرات")).isEmpty();
        assertThat(words.valueOf("مئات")).isEmpty();
        assertThat(words.valueOf("الثلاثاء")).isEmpty();
        assertThat(words.valueOf("لست")).isEmpty();
        assertThat(words.valueOf("ألف")).as("scales belong to Scales").isEmpty();
    }
}
