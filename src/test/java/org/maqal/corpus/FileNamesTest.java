package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void arabicLettersStayAndWhatWindowsForbidsGoes() {
        assertThat(FileNames.titleStem("مقارنة المصادر: الناتو/العراق \"2011\" <أ|ب>?*"))
                .isEqualTo("مقارنة المصادر الناتو العراق 2011 أ ب");
        assertThat(FileNames.titleStem("a\\b")).isEqualTo("a b");
    }

    @Test
    void noPathCanBeMadeFromATitle() {
        assertThat(FileNames.titleStem("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".").isEqualTo("etc passwd");
        assertThat(FileNames.titleStem("..")).isEqualTo("lesson");
    }

    @Test
    void reservedDeviceNamesGetAnUnderscoreInAnyCase() {
        assertThat(FileNames.titleStem("CON")).isEqualTo("CON_");
        assertThat(FileNames.titleStem("nul")).isEqualTo("nul_");
        assertThat(FileNames.titleStem("com1.lesson")).isEqualTo("com1.lesson_");
        assertThat(FileNames.titleStem("Console")).isEqualTo("Console");
    }

    @Test
    void trailingDotsAndSpacesAndControlAndDirectionMarksGo() {
        assertThat(FileNames.titleStem("  الدرس الأول...  ")).isEqualTo("الدرس الأول");
        assertThat(FileNames.titleStem("الدرس\u200F\u202Eالأول\n\t2")).isEqualTo("الدرس الأول 2");
        assertThat(FileNames.titleStem("")).isEqualTo("lesson");
        assertThat(FileNames.titleStem(null)).isEqualTo("lesson");
    }

    @Test
    void longTitlesAreCutAtACharacterBoundaryWithinTheLimits() {
        String stem = FileNames.titleStem("مهمة ".repeat(100));
        assertThat(stem.length()).isLessThanOrEqualTo(FileNames.MAX_CHARS);
        assertThat(stem.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(stem).doesNotEndWith(" ").startsWith("مهمة مهمة");
        String emoji = FileNames.titleStem("😀".repeat(100));
        assertThat(emoji.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
        String marked = FileNames.titleStem("بَ".repeat(100));
        assertThat(marked.charAt(marked.length() - 1)).isEqualTo('\u064E');
    }

    @Test
    void aLongTitleIsCutBetweenWordsAndDoesNotEndOnAWordThatNeedsWhatWasCut() {
        String words = "Comparing sources: روتي بعثة الناتو ستبقى في العراق بعد انتهاء مهمة التحالف and 1 more";
        assertThat(FileNames.titleStem(words)).isEqualTo("Comparing sources روتي بعثة الناتو ستبقى في العراق بعد انتهاء مهمة التحالف");
        String midWord = "Comparing sources: مستقبل بعثة الناتو في العراق مع اقتراب انتهاء مهمة التحالف الدولي and 1 more";
        assertThat(FileNames.titleStem(midWord)).isEqualTo("Comparing sources مستقبل بعثة الناتو في العراق مع اقتراب انتهاء مهمة التحالف");
        assertThat(FileNames.titleStem("مهمة ".repeat(14) + "2011 - 2024 " + "مهمة ".repeat(10)))
                .as("a year stays, a dash before the cut goes").endsWith("مهمة 2011");
        assertThat(FileNames.titleStem("a " + "ب".repeat(100))).as("one word over the limit is cut, not dropped")
                .hasSize(FileNames.MAX_CHARS).startsWith("a ب");
    }

    @Test
    void aTitleKeepsItsSpacesDotsAndDashes() {
        assertThat(FileNames.titleStem("بعثة الناتو في العراق: 2011 - 2024 v1.2"))
                .isEqualTo("بعثة الناتو في العراق 2011 - 2024 v1.2");
    }

    @Test
    void aDashedStemJoinsWordsWithSingleDashesAndDropsTheRest() {
        assertThat(FileNames.dashedStem("ليلى  حسن", "student")).isEqualTo("ليلى-حسن");
        assertThat(FileNames.dashedStem(" 10 / A. _-b ", "class")).isEqualTo("10-A-b");
        assertThat(FileNames.dashedStem("nato-iraq_2024.v2", "lesson")).isEqualTo("nato-iraq-2024-v2");
        assertThat(FileNames.dashedStem("../..\\«»:?\u200F", "lesson")).isEqualTo("lesson");
        assertThat(FileNames.dashedStem(null, "student")).isEqualTo("student");
    }

    @Test
    void aDashedStemIsShortAndNeverADeviceName() {
        assertThat(FileNames.dashedStem("ا".repeat(90), "x")).hasSize(FileNames.MAX_DASHED);
        assertThat(FileNames.dashedStem("بَ".repeat(30), "x")).hasSize(FileNames.MAX_DASHED).endsWith("\u064E");
        assertThat(FileNames.dashedStem("con", "x")).isEqualTo("con-");
        assertThat(FileNames.dashedStem("LPT1", "x")).isEqualTo("LPT1-");
        assertThat(FileNames.dashedStem("console", "x")).isEqualTo("console");
    }
}
