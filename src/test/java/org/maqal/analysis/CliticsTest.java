package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maqal.text.ArabicNormalizer;

class CliticsTest {
    private static java.util.List<String> words(String written) {
        return Clitics.readings(ArabicNormalizer.normalize(written)).stream().map(Clitics.Reading::word).toList();
    }

    @Test
    void conjunctionsAndPrepositionsComeOff() {
        assertThat(words("وبالعراق")).containsExactly("وبالعراق", "بالعراق", "العراق");
        assertThat(words("لحلف")).contains("حلف");
        assertThat(words("فقال")).contains("قال");
    }

    @Test
    void lamLamReadsAsLamAndTheArticle() {
        assertThat(words("للحلف")).contains("الحلف");
        assertThat(words("للبنان")).as("or ل + لبنان").contains("لبنان");
    }

    @Test
    void shortWordsKeepTheirLetters() {
        assertThat(words("بها")).containsExactly("بها");
        assertThat(words("فو")).containsExactly("فو");
    }

    @Test
    void articleAndTehMarbutaAreSeenThroughDiacritics() {
        assertThat(Clitics.isDefinite(ArabicNormalizer.normalize("والحكومة"))).isTrue();
        assertThat(Clitics.isDefinite(ArabicNormalizer.normalize("حكومة"))).isFalse();
        assertThat(Clitics.endsWithTehMarbuta("نعمةٌ")).isTrue();
        assertThat(Clitics.endsWithTehMarbuta("حديثه")).isFalse();
    }

    @Test
    void offsetsSkipTheDiacriticsOfAPrefix() {
        assertThat(Clitics.offsetAfterLetters("وَالحلف", 1)).isEqualTo(2);
        assertThat(Clitics.offsetAfterLetters("لحسين", 1)).isEqualTo(1);
    }
}
