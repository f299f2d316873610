package org.maqal.exercise.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.SeedLessons;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Item;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TrueFalse;
import org.maqal.text.ArabicNormalizer;

/** The comprehension section on the seed articles, checked the way a teacher would check it. */
class ComprehensionGeneratorTest {
    private final Section all = SeedLessons.section(SectionKind.COMPREHENSION, 1, Map.of());

    @Test
    void whoSaidItIsAnsweredByTheSpeakerOfTheQuotation() {
        List<MultipleChoice> said = items(all, MultipleChoice.class).stream().filter(m -> m.prompt().contains("من قال")).toList();
        assertThat(said).hasSizeGreaterThanOrEqualTo(3);
        for (MultipleChoice m : said) {
            Source s = m.sources().get(0);
            ArticleReport r = report(s);
            Claim claim = r.analysis().claims().stream()
                    .filter(c -> c.sentence() == s.sentenceIndex() && c.direct() && m.prompt().contains(firstWords(c.text(), 5)))
                    .findFirst().orElseThrow();
            assertThat(m.answer()).isEqualTo(claim.speaker());
            for (String option : m.options()) {
                if (option.equals(m.answer())) continue;
                assertThat(Names.samePerson(option, claim.speaker())).as("%s is the speaker under another spelling", option).isFalse();
            }
        }
    }

    @Test
    void aTrueStatementIsItsSentenceAndAFalseOneChangesOneFactTheArticleDoesNotHold() {
        List<TrueFalse> statements = items(all, TrueFalse.class);
        assertThat(statements).anyMatch(TrueFalse::answer).anyMatch(t -> !t.answer());
        for (TrueFalse t : statements) {
            Source s = t.sources().get(0);
            ArticleReport r = report(s);
            String sentence = r.analysis().sentence(s.sentenceIndex()).text();
            String statement = t.prompt().substring(t.prompt().indexOf("»: ") + 3);
            if (t.answer()) {
                assertThat(statement).isEqualTo(sentence);
                continue;
            }
            java.util.regex.Matcher changed = java.util.regex.Pattern.compile("«([^»]+)».*«([^»]+)»").matcher(t.notes());
            assertThat(changed.find()).as("the note of a false statement says what was changed: %s", t.notes()).isTrue();
            String was = changed.group(1);
            String now = changed.group(2);
            boolean oneChange = false;
            for (int i = sentence.indexOf(was); i >= 0 && !oneChange; i = sentence.indexOf(was, i + 1)) {
                oneChange = statement.equals(sentence.substring(0, i) + now + sentence.substring(i + was.length()));
            }
            assertThat(oneChange).as("«%s» is «%s» with «%s» for «%s»", statement, sentence, now, was).isTrue();
            boolean fact = was.matches("[0-9\u0660-\u0669.]+") || r.analysis().entities().stream()
                    .anyMatch(e -> e.mentions().stream().anyMatch(m -> m.text().strip().equals(was)));
            assertThat(fact).as("«%s» is a number or a name", was).isTrue();
            assertThat(ArabicNormalizer.normalize(r.article().text())).as("«%s» is not in the article", now)
                    .doesNotContain(ArabicNormalizer.normalize(now));
        }
    }

    @Test
    void whoIsQuestionsNameThePersonTheArticleGivesTheRoleTo() {
        List<MultipleChoice> who = items(all, MultipleChoice.class).stream().filter(m -> m.prompt().contains("من هو") || m.prompt().contains("من هي")).toList();
        assertThat(who).isNotEmpty();
        for (MultipleChoice m : who) {
            ArticleReport r = report(m.sources().get(0));
            Entity person = r.analysis().entities().stream().filter(e -> e.name().equals(m.answer())).findFirst().orElseThrow();
            assertThat(m.prompt()).contains(person.role().strip());
            for (String option : m.options()) {
                if (option.equals(m.answer())) continue;
                assertThat(r.analysis().entities()).as("%s holds the same office in the article", option)
                        .noneMatch(e -> e.name().equals(option) && FactQuestions.head(e.role()).equals(FactQuestions.head(person.role())));
            }
        }
    }

    @Test
    void sentencesToOrderComeFromTheArticleInItsOrder() {
        List<Ordering> orderings = items(all, Ordering.class);
        assertThat(orderings).isNotEmpty();
        for (Ordering o : orderings) {
            assertThat(o.options()).containsExactlyInAnyOrderElementsOf(o.answer()).isNotEqualTo(o.answer());
            if (!o.prompt().contains("كما وردت")) continue;
            for (int i = 0; i < o.answer().size(); i++) {
                Source s = o.sources().get(i);
                assertThat(o.answer().get(i)).isEqualTo(report(s).analysis().sentence(s.sentenceIndex()).text().strip());
                if (i > 0) assertThat(s.sentenceIndex()).isGreaterThan(o.sources().get(i - 1).sentenceIndex());
            }
        }
    }

    @Test
    void openQuestionsGiveTheTeacherGuidance() {
        List<OpenQuestion> open = items(all, OpenQuestion.class);
        assertThat(open).isNotEmpty().allSatisfy(q -> assertThat(q.guidance()).isNotBlank());
        assertThat(open).anyMatch(q -> q.prompt().contains("الفكرة الرئيسية"));
        OpenQuestion denies = open.stream().filter(q -> q.prompt().contains("«ينفي»")).findFirst().orElseThrow();
        assertThat(denies.guidance()).contains("«قال»");
    }

    @Test
    void noSentenceServesTwoQuestions() {
        List<Source> used = all.items().stream().filter(i -> !(i instanceof OpenQuestion)).flatMap(i -> i.sources().stream()).toList();
        assertThat(used).doesNotHaveDuplicates();
    }

    @Test
    void englishLessonsAskInEnglishAboutTheArabicText() {
        var request = new org.maqal.exercise.LessonRequest("", List.of(SeedLessons.id("004")), java.util.EnumSet.of(SectionKind.COMPREHENSION),
                8, 1, org.maqal.model.Language.EN);
        Section english = org.maqal.exercise.LessonGenerator.standard().generate(SeedLessons.corpus(), request, Map.of(), org.maqal.model.Progress.NONE)
                .sections().get(0);
        assertThat(english.items()).anyMatch(i -> i.prompt().startsWith("Who said: «"));
        assertThat(english.items()).noneMatch(i -> i.prompt().startsWith("في مقال"));
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    private static ArticleReport report(Source s) {
        return SeedLessons.corpus().report(s.articleId()).orElseThrow();
    }

    private static <T extends Item> List<T> items(Section section, Class<T> type) {
        return section.items().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
