package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a teacher of Arabic accepts as the same answer, and what not, on words of the seed articles. */
class AnswerNormalizerTest {
    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بحماية                | بِحِمايَة                 | diacritics
            بحماية                | بحمـــاية                 | tatweel
            مهمة تدريبية          | مهمه تدريبيه              | final ة written ه
            مهمة                  | مُهِمَّةٌ                     | final ة with case endings
            مستشفى                | مستشفي                    | final ى written ي
            الأطلسي               | الاطلسي                   | alef with hamza above written bare
            إيران                 | ايران                     | alef with hamza below written bare
            آلاف                  | الاف                      | alef with madda written bare
            مسؤول                 | مسئول                     | hamza on waw or on yeh
            شيء                   | شيئ                       | hamza on the line or on yeh
            تأمين                 | تامين                     | the spelling of the article itself
            بيير أولسن            |   بيير   اولسن            | extra and leading spaces
            «مهمتنا غير قتالية»   | مهمتنا غير قتالية.        | quotation marks and a full stop
            فبراير/ شباط          | فبراير - شباط             | slash and dash
            أكثر من 300 شخص       | اكثر من ٣٠٠ شخص           | Arabic-Indic digits
            4 آلاف عنصر           | ۴ الاف عنصر               | Eastern Arabic-Indic digits
            17.7 مليون يورو       | ١٧٫٧ مليون يورو           | Arabic decimal separator
            4000                  | 4,000                     | thousands separator
            NATO                  | nato                      | Latin case
            Stoltenberg           | STOLTENBERG               | Latin case
            كاف                   | کاف                       | Persian keheh
            ﻻ                     | لا                        | presentation form
            """)
    void acceptsSpellingVariants(String expected, String given, String why) {
        assertThat(AnswerNormalizer.same(expected, given, false)).as(why).isTrue();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بحماية                | بتدريب                    | another word
            بحماية                | حماية                     | a prefix left out
            أولسن                 | أولسون                    | a letter added
            أكثر من 300 شخص       | أكثر من 400 شخص           | another number
            17.7                  | 177                       | the decimal point left out
            مهمة قتالية           | مهمة غير قتالية           | a word added
            قال                   | قتل                       | one letter changed
            مسؤول                 | مسوول                     | the hamza left out
            تؤيده مقالات أخرى     | تؤيده المقالات الأخرى     | ال added where it is not optional
            المشورة               | مشورة                     | ال left out where it is not optional
            """)
    void refusesOtherAnswers(String expected, String given, String why) {
        assertThat(AnswerNormalizer.same(expected, given, false)).as(why).isFalse();
    }

    @ParameterizedTest(name = "with ال optional {0} accepts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            المشورة               | مشورة
            المشورة               | مشوره
            تؤيده مقالات أخرى     | تؤيده المقالات الأخرى
            حلف شمال الأطلسي      | الحلف شمال اطلسي
            الحلف                 | حلف
            """)
    void theArticleIsOptionalWhereTheTeacherAllowsIt(String expected, String given) {
        assertThat(AnswerNormalizer.same(expected, given, true)).isTrue();
    }

    @Test
    void withTheArticleOptionalOtherWordsStillCount() {
        assertThat(AnswerNormalizer.same("المشورة", "التدريب", true)).isFalse();
        assertThat(AnswerNormalizer.same("الحلف", "وحلف", true)).as("a prefix is not the article").isFalse();
        assertThat(AnswerNormalizer.key("الا", true)).as("too short to be a word after ال").isEqualTo("الا");
    }

    @Test
    void nothingMatchesAnEmptyAnswer() {
        assertThat(AnswerNormalizer.key(" ... ", false)).isEmpty();
        assertThat(AnswerNormalizer.key(null, false)).isEmpty();
        assertThat(AnswerNormalizer.same("", "", false)).isFalse();
        assertThat(AnswerNormalizer.same("؟", "!", false)).isFalse();
    }

    @Test
    void theKeyIsReadable() {
        assertThat(AnswerNormalizer.key("  «أكثر من ٣٠٠ شخص»،  ", false)).isEqualTo("اكثر من 300 شخص");
        assertThat(AnswerNormalizer.key("المهمة التدريبية", true)).isEqualTo("مهمه تدريبيه");
    }
}
