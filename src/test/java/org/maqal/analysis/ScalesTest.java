package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maqal.text.ArabicNormalizer;

class ScalesTest {
    private final Scales scales = Scales.standard();

    private Scales.Scale scale(String word) {
        return scales.of(ArabicNormalizer.normalize(word)).orElseThrow();
    }

    @Test
    void singularPluralAndDualForms() {
        assertThat(scale("ألف")).isEqualTo(new Scales.Scale(1000, false, false));
        assertThat(scale("آلاف")).isEqualTo(new Scales.Scale(1000, true, false));
        assertThat(scale("الاف")).isEqualTo(new Scales.Scale(1000, true, false));
        assertThat(scale("ملايين").plural()).isTrue();
        assertThat(scale("مليوني").dual()).isTrue();
        assertThat(scale("مليارا").value()).isEqualTo(1e9);
        assertThat(scales.of("عشرات")).isEmpty();
    }

    @Test
    void aScaleMultipliesTheCountBeforeIt() {
        assertThat(scales.apply(4, scale("آلاف"))).isEqualTo(4000);
        assertThat(scales.apply(12, scale("ألف"))).isEqualTo(12000);
        assertThat(scales.apply(17.7, scale("مليون"))).isEqualTo(17_700_000);
        assertThat(scales.apply(1500, scale("مليون"))).as("the singular multiplies any count").isEqualTo(1.5e9);
    }

    @Test
    void aPluralScaleAfterACountAlreadyThatLargeRestatesIt() {
        // "أكثر من 5000 الاف من أفراد الجيش" (article 000): 5000, not five million.
        assertThat(scales.apply(5000, scale("الاف"))).isEqualTo(5000);
        assertThat(scales.apply(15, scale("آلاف"))).as("an ungrammatical 15 آلاف still means 15000").isEqualTo(15000);
    }

    @Test
    void aDualStandsAlone() {
        assertThatThrownBy(() -> scales.apply(3, scale("ألفين"))).isInstanceOf(IllegalArgumentException.class);
    }
}
