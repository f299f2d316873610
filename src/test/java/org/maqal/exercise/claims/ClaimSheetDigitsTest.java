package org.maqal.exercise.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.exercise.AnalysedCorpora.context;
import static org.maqal.exercise.AnalysedCorpora.report;
import static org.maqal.exercise.AnalysedCorpora.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.AnswerParts;
import org.maqal.model.Claim;
import org.maqal.model.ItemType;
import org.maqal.model.Language;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.text.Numerals;

/**
 * The numbers the claim sheet writes itself (row numbers, "#٣", "المقال ٢") are in the lesson's
 * digits, the claims it quotes keep the article's own digits, and the references still lead to the
 * rows they name and grade the same in either script.
 */
class ClaimSheetDigitsTest {
    private static final Pattern WESTERN = Pattern.compile("[0-9]");
    private static final Pattern INDIC = Pattern.compile("[٠-٩]");
    private static final Pattern REFERENCE = Pattern.compile("#([0-9٠-٩]+)");
    private final ClaimSheetGenerator generator = new ClaimSheetGenerator();

    private TableSheet sheet(Language language, String... articles) {
        return (TableSheet) generator.generate(context(seeds(), 8, 1, language, articles)).items().get(0);
    }

    private static List<String> column(TableSheet sheet, int c) {
        return sheet.answer().stream().map(r -> r.get(c)).toList();
    }

    @Test
    void anArabicSheetNumbersItsRowsAndArticlesInArabicIndicDigits() {
        TableSheet sheet = sheet(Language.AR);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= sheet.answer().size(); i++) expected.add(Numerals.of(i, Language.AR));

        assertThat(column(sheet, 0)).startsWith("١", "٢", "٣").containsExactlyElementsOf(expected);
        assertThat(column(sheet, 5)).allMatch(a -> a.matches("المقال [١-٥]"));
        for (int c = 7; c <= 9; c++) {
            assertThat(column(sheet, c)).as(sheet.columns().get(c)).allMatch(cell -> cell.matches("—|المقال [١-٥](، المقال [١-٥])*"));
        }
        assertThat(column(sheet, 11)).as("the verdicts name articles").anyMatch(v -> v.contains("المقال ٤"))
                .noneMatch(v -> WESTERN.matcher(v).find());
    }

    @Test
    void theClaimsAsWrittenKeepTheArticlesOwnDigits() {
        TableSheet sheet = sheet(Language.AR);
        for (int i = 0; i < sheet.answer().size(); i++) {
            Source s = sheet.rowSource(i).orElseThrow();
            List<String> claims = report(seeds(), s.articleId()).analysis().claims().stream()
                    .filter(c -> c.sentence() == s.sentenceIndex()).map(Claim::text).map(String::strip).toList();
            assertThat(claims).as("row %d", i + 1).contains(sheet.answer().get(i).get(1));
        }
        assertThat(column(sheet, 1)).anyMatch(claim -> claim.contains("أكثر من 300 شخص"));
    }

    @Test
    void anEnglishSheetKeepsWesternDigits() {
        TableSheet sheet = sheet(Language.EN);

        assertThat(column(sheet, 0)).startsWith("1", "2", "3");
        assertThat(column(sheet, 5)).allMatch(a -> a.matches("Article [1-5]"));
        for (int c : List.of(0, 5, 7, 8, 9, 10, 11)) {
            assertThat(column(sheet, c)).as(sheet.columns().get(c)).noneMatch(cell -> INDIC.matcher(cell).find());
        }
    }

    @Test
    void everyReferenceToAnotherClaimIsInArabicIndicDigitsAndNamesAnotherRowOfTheSheet() {
        TableSheet sheet = sheet(Language.AR, "001");
        int found = 0;
        for (int r = 0; r < sheet.answer().size(); r++) {
            for (int c = 1; c < sheet.columns().size(); c++) {
                Matcher m = REFERENCE.matcher(sheet.answer().get(r).get(c));
                while (m.find()) {
                    found++;
                    assertThat(m.group(1)).as("row %d, %s", r + 1, sheet.columns().get(c)).matches("[٠-٩]+");
                    int row = Integer.parseInt(Numerals.western(m.group(1))) - 1;
                    assertThat(row).as("row %d cites #%s", r + 1, m.group(1)).isBetween(0, sheet.answer().size() - 1).isNotEqualTo(r);
                    assertThat(sheet.rowSource(row)).isNotEqualTo(sheet.rowSource(r));
                }
            }
        }
        assertThat(found).as("references in the sheet").isPositive();
    }

    @Test
    void aStudentWhoTypesWesternDigitsIsMarkedAsIfTheyWroteArabicIndicOnes() {
        TableSheet sheet = sheet(Language.AR);
        List<Answer.Cell> typed = new ArrayList<>();
        for (int r = 0; r < sheet.answer().size(); r++) {
            for (int c : sheet.studentColumns()) typed.add(new Answer.Cell(r, c, Numerals.western(sheet.answer().get(r).get(c))));
        }
        Map<String, String> given = AnswerParts.given(ItemType.TABLE, new Answer.Cells(typed), false);

        List<AnswerParts.Part> parts = AnswerParts.expected(sheet, false).parts();
        assertThat(parts).isNotEmpty().allSatisfy(p -> assertThat(p.keys()).contains(given.get(p.id())));
        assertThat(typed).anyMatch(cell -> cell.text().contains("المقال 4"));
    }
}
