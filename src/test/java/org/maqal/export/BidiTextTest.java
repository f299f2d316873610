package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BidiTextTest {
    @Test
    void numbersAndLatinWordsInAnArabicLineAreRunsOfTheirOwnLeftToRight() {
        List<BidiText.Run> runs = BidiText.runs(ExportFixtures.MIXED_PROMPT, true);

        assertThat(runs).filteredOn(r -> !r.rightToLeft()).extracting(BidiText.Run::text)
                .containsExactly("2011", "500", "NATO");
        assertThat(runs).filteredOn(BidiText.Run::rightToLeft).extracting(BidiText.Run::text)
                .allMatch(t -> !t.matches(".*[0-9A-Za-z].*"));
        assertThat(String.join("", runs.stream().map(BidiText.Run::text).toList())).isEqualTo(ExportFixtures.MIXED_PROMPT);
    }

    @Test
    void aDecimalStaysWholeAMarkedDateTooAndARangeKeepsItsSeparatorInTheArabicRun() {
        assertThat(BidiText.runs("بقيمة 17.7 مليون يورو", true)).extracting(BidiText.Run::text).contains("17.7");
        assertThat(BidiText.runs("في 2021-03 أعلن", true)).extracting(BidiText.Run::text).contains("2021", "03");
        assertThat(BidiText.runs(BidiText.markDates("في 2021-03 أعلن"), true)).extracting(BidiText.Run::text)
                .contains(BidiText.LRM + "2021-03");
        List<BidiText.Run> range = BidiText.runs("امتدت 2004 - 2011 سنوات", true);
        assertThat(range).filteredOn(r -> !r.rightToLeft()).extracting(BidiText.Run::text).containsExactly("2004", "2011");
    }

    @Test
    void aLatinPhraseStaysOneRunWithItsSpaces() {
        assertThat(BidiText.runs("مهمة NATO Mission Iraq في بغداد", true)).filteredOn(r -> !r.rightToLeft())
                .extracting(BidiText.Run::text).containsExactly("NATO Mission Iraq");
    }

    @Test
    void inAnEnglishLineTheArabicWordIsTheRightToLeftRun() {
        List<BidiText.Run> runs = BidiText.runs("The word مهمة means mission.", false);
        assertThat(runs).filteredOn(BidiText.Run::rightToLeft).extracting(BidiText.Run::text).containsExactly("مهمة");
    }

    @Test
    void directionComesFromTheFirstLetterNotFromDigits() {
        assertThat(BidiText.isRightToLeft("2011 أعلن الناتو")).isTrue();
        assertThat(BidiText.isRightToLeft("NATO أعلن")).isFalse();
        assertThat(BidiText.hasLetters("2011 - 2024")).isFalse();
    }
}
