package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private final NumberReader reader = NumberReader.standard();

    private double value(String phrase) {
        return reader.valueOf(phrase).orElseThrow(() -> new AssertionError("not read: " + phrase));
    }

    @Test
    void digitsWithAScale() {
        assertThat(value("17.7 مليون")).isEqualTo(17_700_000);
        assertThat(value("4 آلاف")).isEqualTo(4000);
        assertThat(value("12 ألف")).isEqualTo(12000);
        assertThat(value("٣ ملايين")).isEqualTo(3_000_000);
        assertThat(value("3.4 ملايين")).isEqualTo(3_400_000);
        assertThat(value("١٫٥ مليار")).isEqualTo(1.5e9);
    }

    @Test
    void theRedundantPluralScaleOfArticle000() {
        assertThat(value("5000 الاف")).isEqualTo(5000);
    }

    @Test
    void wordsWithAScale() {
        assertThat(value("عشرة الاف")).isEqualTo(10000);
        assertThat(value("مئة وخمسة وعشرون ألف")).isEqualTo(125000);
        assertThat(value("أربعة ملايين")).isEqualTo(4_000_000);
        assertThat(value("نصف مليون")).isEqualTo(500_000);
    }

    @Test
    void scalesOnTheirOwnAndDuals() {
        assertThat(value("مليون")).isEqualTo(1_000_000);
        assertThat(value("مليوني")).isEqualTo(2_000_000);
        assertThat(value("ألفين")).isEqualTo(2000);
        assertThat(value("بمليون")).isEqualTo(1_000_000);
        assertThat(reader.valueOf("آلاف")).as("approximate on its own").isEmpty();
    }

    @Test
    void whatIsJoinedAfterAScale() {
        assertThat(value("17 ألفا و400")).isEqualTo(17400);
        assertThat(value("ألفين وثلاثمئة")).isEqualTo(2300);
        assertThat(value("ثلاثة ملايين وخمسمئة ألف")).isEqualTo(3_500_000);
        assertThat(value("ثلاثة ملايين ونصف")).isEqualTo(3_500_000);
        assertThat(value("مليون ونصف المليون")).isEqualTo(1_500_000);
        assertThat(value("مليونا ومئتي ألف")).isEqualTo(1_200_000);
    }

    @Test
    void numbersWithoutAScaleAreNotJoined() {
        List<String> tokens = NumberReader.split("2006 و2007");
        NumberReader.Reading first = reader.read(tokens, 0).orElseThrow();
        assertThat(first.value()).isEqualTo(2006);
        assertThat(first.length()).isEqualTo(1);
        assertThat(reader.read(NumberReader.split("مليون ومليوني"), 0).orElseThrow().length())
                .as("a larger number after و is another figure").isEqualTo(1);
    }

    @Test
    void readingsSayHowTheNumberWasWritten() {
        NumberReader.Reading seven = reader.read(NumberReader.split("سبع سنوات"), 0).orElseThrow();
        assertThat(seven.spelled()).isTrue();
        assertThat(seven.single()).isTrue();
        NumberReader.Reading four = reader.read(NumberReader.split("4 آلاف عنصر"), 0).orElseThrow();
        assertThat(four.length()).isEqualTo(2);
        assertThat(four.count()).isEqualTo(4);
        assertThat(four.scale()).isEqualTo(1000);
        assertThat(four.spelled()).isFalse();
    }
}
