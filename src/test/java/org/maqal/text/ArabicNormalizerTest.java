package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    /** Letters, the alef forms, alef maqsura, teh marbuta, diacritics, tatweel, joiners, digits and Latin. */
    @Property(tries = 500)
    void theLastCharacterReadFromTheEndIsThatOfTheNormalForm(
            @ForAll @StringLength(max = 8) @Chars({'م', 'ه', 'ة', 'ى', 'أ', 'إ', 'آ', 'ٱ', 'ا', 'ن', '\u064B', '\u064E', '\u0651',
                    '\u0652', '\u0640', '\u200C', '\u200D', '٣', '7', 'K', 'x', ' '}) String text,
            @ForAll @IntRange(max = 8) int cut) {
        int start = Math.min(cut, text.length());
        String normal = ArabicNormalizer.normalize(text.substring(start));
        char expected = normal.isEmpty() ? 0 : normal.charAt(normal.length() - 1);
        assertThat(ArabicNormalizer.lastChar(text, start, text.length())).isEqualTo(expected);
    }

    @Test
    void theLastCharacterOfAWordWithEndingsAndMarks() {
        assertThat(ArabicNormalizer.lastChar("قال راسموسنَ", 4, 12)).isEqualTo('ن');
        assertThat(ArabicNormalizer.lastChar("مهمةٌ", 0, 5)).isEqualTo('ه');
        assertThat(ArabicNormalizer.lastChar("على", 0, 3)).isEqualTo('ي');
        assertThat(ArabicNormalizer.lastChar("ـَ", 0, 2)).isEqualTo((char) 0);
    }

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
