package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void removesDiacriticsAndTatweel() {
        assertThat(ArabicNormalizer.normalize("مُهِمَّةٌ")).isEqualTo("مهمه");
        assertThat(ArabicNormalizer.normalize("الـــناتو")).isEqualTo("الناتو");
    }

    @Test
    void unifiesAlefFormsAlefMaqsuraAndFinalTehMarbuta() {
        assertThat(ArabicNormalizer.normalize("أإآٱ")).isEqualTo("اااا");
        assertThat(ArabicNormalizer.normalize("على")).isEqualTo("علي");
        assertThat(ArabicNormalizer.normalize("المهمة التدريبية")).isEqualTo("المهمه التدريبيه");
        assertThat(ArabicNormalizer.normalize("مهمةٌ")).isEqualTo("مهمه");
        assertThat(ArabicNormalizer.normalize("مهمتها")).isEqualTo("مهمتها");
    }

    @Test
    void writesArabicIndicDigitsAsAsciiAndLatinInLowerCase() {
        assertThat(ArabicNormalizer.normalize("٢٠٢٤ و۱۵ K24")).isEqualTo("2024 و15 k24");
    }

    @Test
    void sameWordIgnoresSpellingVariants() {
        assertThat(ArabicNormalizer.sameWord("الامريكية", "الأمريكيّة")).isTrue();
        assertThat(ArabicNormalizer.sameWord("تأمين", "تامين")).isTrue();
        assertThat(ArabicNormalizer.sameWord("قال", "قتل")).isFalse();
    }
}
