package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Token;
import org.maqal.model.VocabularyItem;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.FunctionWords;

class VocabularyTest {
    private static CorpusAnalysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles());
    }

    @Test
    void everyHeadwordIsAWordWrittenInTheArticleNeverAStem() {
        for (ArticleReport r : analysis.reports()) {
            Set<String> written = r.analysis().tokens().stream().map(Token::text).collect(Collectors.toSet());
            for (VocabularyItem v : r.vocabulary()) {
                boolean isForm = v.forms().contains(v.headword());
                boolean isFormWithoutPrefix = v.forms().stream().anyMatch(f -> f.endsWith(v.headword())
                        || ArabicNormalizer.normalize(f).endsWith(ArabicNormalizer.normalize(v.headword()).substring(2)));
                assertThat(isForm || isFormWithoutPrefix).as(r.id() + ": " + v.headword() + " " + v.forms()).isTrue();
                assertThat(v.forms()).allMatch(written::contains);
                if (!isForm) assertThat(ArabicNormalizer.normalize(v.headword())).doesNotEndWith(v.stem() + "x");
            }
        }
    }

    @Test
    void noFunctionWordsNumbersOrMonthsAreVocabulary() {
        FunctionWords functionWords = FunctionWords.standard();
        for (ArticleReport r : analysis.reports()) {
            for (VocabularyItem v : r.vocabulary()) {
                for (String form : v.forms()) {
                    String normal = ArabicNormalizer.normalize(form);
                    assertThat(functionWords.contains(normal)).as(form).isFalse();
                    assertThat(normal).as(form).doesNotContainPattern("[0-9]").isNotIn("فبراير", "اكتوبر", "سبتمبر", "الاثنين",
                            "سبع", "السبع", "عشره", "الاف", "آلاف", "مليون", "تسع", "ثلث");
                }
            }
        }
    }

    @Test
    void theCountedNounsOfFiguresStayVocabulary() {
        ArticleReport r000 = analysis.report(Seeds.article("000").id()).orElseThrow();
        assertThat(r000.vocabulary()).extracting(VocabularyItem::headword).contains("مدرب", "موظف");
    }

    @Test
    void knownStemsNeverStandAsHeadwords() {
        Set<String> headwords = analysis.reports().stream().flatMap(r -> r.vocabulary().stream())
                .map(VocabularyItem::headword).collect(Collectors.toSet());
        assertThat(headwords).doesNotContain("ينف", "مهمت", "قو", "تدريب ");
        assertThat(headwords).contains("مهمة");
    }

    @Test
    void formsOfOneWordAreGroupedWithCountsAndArticles() {
        ArticleReport r003 = analysis.report(Seeds.article("003").id()).orElseThrow();
        VocabularyItem mission = r003.vocabulary().stream().filter(v -> v.headword().equals("مهمة")).findFirst().orElseThrow();
        assertThat(mission.forms()).contains("مهمة", "بمهمته", "مهمتها");
        assertThat(mission.count()).isGreaterThanOrEqualTo(10);
        assertThat(mission.articles()).isEqualTo(5);
        assertThat(mission.topic()).isTrue();
    }

    @Test
    void wordsParticularToOneArticleHavePositiveKeynessAndAreNotTopic() {
        ArticleReport r004 = analysis.report(Seeds.article("004").id()).orElseThrow();
        VocabularyItem dilemma = r004.vocabulary().stream().filter(v -> v.headword().equals("معضلة")).findFirst().orElseThrow();
        assertThat(dilemma.articles()).isEqualTo(1);
        assertThat(dilemma.topic()).isFalse();
        assertThat(dilemma.keyness()).isPositive();
        assertThat(r004.analysis().sentence(dilemma.example()).text()).contains("معضلة");
    }

    @Test
    void readabilityIsMeasuredPerArticle() {
        for (ArticleReport r : analysis.reports()) {
            assertThat(r.readability().words()).isGreaterThan(250);
            assertThat(r.readability().wordsPerSentence()).isBetween(8.0, 40.0);
            assertThat(r.readability().lettersPerWord()).isBetween(3.5, 6.5);
            assertThat(r.readability().typeTokenRatio()).isBetween(0.4, 0.9);
            assertThat(r.readability().rareWordShare()).isBetween(0.05, 0.6);
        }
        List<Double> perSentence = analysis.reports().stream().map(r -> r.readability().wordsPerSentence()).toList();
        assertThat(perSentence.get(0)).as("000 runs long sentences").isGreaterThan(perSentence.get(4));
    }

    @Test
    void anItemsArticleCountIsHowManyArticlesHaveTheWordAndTopicWordsAreInHalfOfThem() {
        for (ArticleReport r : analysis.reports()) {
            for (VocabularyItem v : r.vocabulary()) {
                long using = analysis.reports().stream()
                        .filter(other -> other.vocabulary().stream().anyMatch(o -> o.stem().equals(v.stem()))).count();
                assertThat(v.articles()).as(r.id() + " " + v.headword()).isEqualTo((int) using);
                assertThat(v.topic()).as(v.headword()).isEqualTo(using >= 3);
            }
        }
    }
}
