package org.maqal.exercise.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.SeedLessons;
import org.maqal.model.ArticleReport;
import org.maqal.model.Token;
import org.maqal.text.ArabicNormalizer;

/** Distractors on the seed corpus: same kind as the answer, never a word that fits the gap as well. */
class DistractorsTest {
    private final WordRules rules = new WordRules();
    private final CorpusWords corpus = new CorpusWords(SeedLessons.corpus(), rules);
    private final Distractors distractors = new Distractors(corpus);

    @Test
    void aWordWrittenInTheSameContextElsewhereFitsTheGap() {
        Gap gap = gap("003", "بمهمته");
        assertThat(gap.prompt()).contains("سيستمر _____ في العراق");
        assertThat(distractors.fits(ArabicNormalizer.normalize("بعمله"), gap)).as("«سيستمر بعمله» is in the same article").isTrue();
        assertThat(distractors.fits(ArabicNormalizer.normalize("مهمة"), gap)).as("a form of the same word").isTrue();
        assertThat(distractors.fits(ArabicNormalizer.normalize("الغزو"), gap)).isFalse();
    }

    @Test
    void aWordWrittenBeforeAnyPlaceFitsAGapBeforeAPlace() {
        Gap gap = gap("001", "قدرة");
        assertThat(gap.prompt()).contains("_____ العراق");
        assertThat(gap.right()).isEqualTo("@PLACE");
        String beforeAPlace = null;
        for (ArticleReport r : SeedLessons.corpus().reports()) {
            ArticleTokens a = ArticleTokens.of(r);
            for (Token t : r.analysis().tokens()) {
                Token next = a.neighbour(t, 1);
                if (t.isContentWord() && !a.inName(t) && next != null && "@PLACE".equals(Gap.slot(a, next))
                        && !distractors.related(t.normal(), gap.answerNormal()) && !r.id().startsWith("001")) {
                    beforeAPlace = t.normal();
                }
            }
        }
        assertThat(beforeAPlace).isNotNull();
        assertThat(distractors.fits(beforeAPlace, gap)).as("«%s» stands before a place elsewhere", beforeAPlace).isTrue();
    }

    @Test
    void choicesShareTheAnswersShapeAndNoneFitsTheGap() {
        for (String[] at : new String[][] {{"000", "المفاوضات"}, {"001", "استهداف"}, {"003", "تهديدات"}, {"004", "المقبلة"}}) {
            Gap gap = gap(at[0], at[1]);
            List<String> chosen = distractors.choose(gap, 3, new Random(7), List.of(gap.answerNormal()));
            assertThat(chosen).as("distractors for %s", at[1]).hasSizeGreaterThanOrEqualTo(2).doesNotContain(gap.answer());
            String answerShape = WordRules.shape(gap.answerNormal(), gap.at().token().stem());
            for (String d : chosen) {
                String normal = ArabicNormalizer.normalize(d);
                assertThat(distractors.fits(normal, gap)).as("%s fits the gap of %s", d, at[1]).isFalse();
                assertThat(rules.usable(d)).isTrue();
                assertThat(WordRules.prefix(WordRules.shape(normal, corpus.stem(normal)))).isEqualTo(WordRules.prefix(answerShape));
            }
        }
    }

    @Test
    void theSameSeedChoosesTheSameDistractors() {
        Gap gap = gap("003", "تهديدات");
        assertThat(distractors.choose(gap, 3, new Random(5), List.of())).isEqualTo(distractors.choose(gap, 3, new Random(5), List.of()));
    }

    @Test
    void formsWithOnlyAttachedLettersAreOneWord() {
        assertThat(WordRules.sameBesideClitics("مهام", "بمهامها")).isTrue();
        assertThat(WordRules.sameBesideClitics("مرحلة", "للمرحلة")).isTrue();
        assertThat(WordRules.sameBesideClitics("مهمة", "مهمته")).isTrue();
        assertThat(WordRules.sameBesideClitics("مدرب", "كمدربين")).isFalse();
        assertThat(WordRules.sameBesideClitics("المشترك", "المشتركة")).isFalse();
        assertThat(WordRules.sameBesideClitics("بعثة", "البعثات")).isFalse();
    }

    /** The gap made by taking the first {@code written} out of the seed article. */
    private static Gap gap(String article, String written) {
        ArticleReport r = SeedLessons.corpus().report(SeedLessons.id(article)).orElseThrow();
        ArticleTokens a = ArticleTokens.of(r);
        Token token = r.analysis().tokens().stream().filter(t -> t.text().equals(written)).findFirst().orElseThrow();
        LessonWord word = new LessonWord(written, token.stem(), List.of(written), 1, 1, false, List.of(new Occurrence(a, token)));
        return Gap.of(word, new Occurrence(a, token));
    }
}
