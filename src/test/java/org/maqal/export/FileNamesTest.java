package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void arabicLettersStayAndWhatWindowsForbidsGoes() {
        assertThat(FileNames.stem("مقارنة المصادر: الناتو/العراق \"2011\" <أ|ب>?*"))
                .isEqualTo("مقارنة المصادر الناتو العراق 2011 أ ب");
        assertThat(FileNames.stem("a\\b")).isEqualTo("a b");
    }

    @Test
    void noPathCanBeMadeFromATitle() {
        assertThat(FileNames.stem("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".").isEqualTo("etc passwd");
        assertThat(FileNames.stem("..")).isEqualTo("lesson");
    }

    @Test
    void reservedDeviceNamesGetAnUnderscoreInAnyCase() {
        assertThat(FileNames.stem("CON")).isEqualTo("CON_");
        assertThat(FileNames.stem("nul")).isEqualTo("nul_");
        assertThat(FileNames.stem("com1.lesson")).isEqualTo("com1.lesson_");
        assertThat(FileNames.stem("Console")).isEqualTo("Console");
    }

    @Test
    void trailingDotsAndSpacesAndControlAndDirectionMarksGo() {
        assertThat(FileNames.stem("  الدرس الأول...  ")).isEqualTo("الدرس الأول");
        assertThat(FileNames.stem("الدرس\u200F\u202Eالأول\n\t2")).isEqualTo("الدرس الأول 2");
        assertThat(FileNames.stem("")).isEqualTo("lesson");
        assertThat(FileNames.stem(null)).isEqualTo("lesson");
    }

    @Test
    void longTitlesAreCutAtACharacterBoundaryWithinTheLimits() {
        String stem = FileNames.stem("مهمة ".repeat(100));
        assertThat(stem.length()).isLessThanOrEqualTo(FileNames.MAX_CHARS);
        assertThat(stem.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(stem).doesNotEndWith(" ").startsWith("مهمة مهمة");
        String emoji = FileNames.stem("😀".repeat(100));
        assertThat(emoji.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
        String marked = FileNames.stem("بَ".repeat(100));
        assertThat(marked.charAt(marked.length() - 1)).isEqualTo('\u064E');
    }

    @Test
    void aSuffixFollowsTheStem() {
        assertThat(FileNames.of("بعثة الناتو في العراق: 2011 - 2024", ".worksheet.docx"))
                .isEqualTo("بعثة الناتو في العراق 2011 - 2024.worksheet.docx");
    }
}
