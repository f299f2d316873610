package org.maqal.exercise.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maqal.exercise.SeedLessons;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Matching;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.Sentence;
import org.maqal.model.Source;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.ArabicNormalizer;

/** The vocabulary section on the seed articles, checked the way a teacher would check it. */
class VocabularyGeneratorTest {
    private final Section all = SeedLessons.section(SectionKind.VOCABULARY, 1, Map.of());

    @Test
    void eachGapIsAWordTakenOutOfTheQuotedSentenceOfTheArticle() {
        List<GapFill> gaps = items(all, GapFill.class);
        assertThat(gaps).isNotEmpty();
        for (GapFill g : gaps) {
            Sentence sentence = sentence(g.sources().get(0));
            String restored = g.prompt().replace(GapFill.GAP, g.answer());
            if (restored.startsWith("… ") || restored.endsWith(" …")) {
                assertThat(sentence.text()).as("a long sentence is shown in part").contains(restored.replace("… ", "").replace(" …", ""));
            } else {
                assertThat(restored).isEqualTo(sentence.text());
            }
            assertThat(sentence.text().split("[\\s\\p{Punct}«»،؛]+")).contains(g.answer());
        }
    }

    @Test
    void theWordBankHoldsEveryAnswerOnceAndNoGapHasTwoAnswersInIt() {
        List<GapFill> gaps = items(all, GapFill.class);
        if (all.wordBank().isEmpty()) {
            gaps.forEach(g -> assertThat(g.options()).contains(g.answer()).hasSizeGreaterThanOrEqualTo(3));
            return;
        }
        for (GapFill g : gaps) {
            assertThat(all.wordBank()).containsOnlyOnce(g.answer());
            Sentence sentence = sentence(g.sources().get(0));
            long fromBankInSentence = all.wordBank().stream().filter(w -> !w.equals(g.answer()))
                    .filter(w -> List.of(sentence.text().split("\\s+")).contains(w)).count();
            assertThat(fromBankInSentence).as("another bank word already written in the sentence of «%s»", g.answer()).isZero();
        }
        assertThat(all.wordBank()).hasSizeGreaterThan(gaps.size()).hasSizeLessThanOrEqualTo(gaps.size() + 2);
    }

    @Test
    void noHeadwordOrGapIsAReportingVerbANationalityOrAGrammarWord() {
        Set<String> refused = Set.of("قال", "وقال", "أكد", "اكد", "الامريكية", "الأمريكية", "العراقية", "رغم", "عقب", "معاً");
        Stream<String> words = Stream.concat(items(all, VocabularyEntry.class).stream().map(VocabularyEntry::headword),
                items(all, GapFill.class).stream().map(GapFill::answer));
        words.forEach(w -> assertThat(refused).as("«%s»", w).doesNotContain(w));
        assertThat(all.skipped()).anyMatch(note -> note.contains("قال"));
    }

    @Test
    void keyWordsCarryTheirFormsCountsAndASentenceThatShowsThem() {
        List<VocabularyEntry> entries = items(all, VocabularyEntry.class);
        assertThat(entries).hasSize(8);
        for (VocabularyEntry e : entries) {
            Sentence example = sentence(e.sources().get(0));
            String shown = e.example().replace("…", "").strip();
            assertThat(example.text()).contains(shown);
            boolean showsIt = Stream.concat(Stream.of(e.headword()), e.forms().stream())
                    .anyMatch(f -> ArabicNormalizer.normalize(shown).contains(ArabicNormalizer.normalize(f)));
            assertThat(showsIt).as("the example of «%s» shows it", e.headword()).isTrue();
            assertThat(e.count()).isGreaterThanOrEqualTo(Math.max(1, e.forms().size()));
            assertThat(e.articles()).isBetween(1, 5);
        }
        assertThat(entries).anyMatch(VocabularyEntry::topic).anyMatch(e -> !e.topic());
    }

    @Test
    void glossesFromTheGlossaryAppearOnEntriesAndMakeAGlossMatching() {
        List<VocabularyEntry> plain = items(all, VocabularyEntry.class);
        Map<String, String> glosses = Map.of(plain.get(0).headword(), "first meaning", plain.get(1).headword(), "second meaning",
                plain.get(2).headword(), "third meaning");
        Section glossed = SeedLessons.section(SectionKind.VOCABULARY, 1, glosses);
        List<VocabularyEntry> entries = items(glossed, VocabularyEntry.class);
        assertThat(entries.get(0).gloss()).isEqualTo("first meaning");
        assertThat(entries.get(3).gloss()).isEmpty();
        Matching byGloss = items(glossed, Matching.class).stream()
                .filter(m -> m.answer().stream().anyMatch(p -> p.right().equals("second meaning"))).findFirst().orElseThrow();
        assertThat(byGloss.answer()).extracting(Matching.Pair::left)
                .containsExactly(plain.get(0).headword(), plain.get(1).headword(), plain.get(2).headword());
    }

    @Test
    void wordFamiliesPairFormsThatDifferByMoreThanAttachedLetters() {
        List<Matching> families = items(all, Matching.class).stream().filter(m -> m.prompt().contains("عائلتها")).toList();
        assertThat(families).isNotEmpty();
        for (Matching m : families) {
            for (Matching.Pair p : m.answer()) {
                assertThat(WordRules.sameBesideClitics(p.left(), p.right())).as("%s / %s", p.left(), p.right()).isFalse();
                String left = ArabicNormalizer.normalize(p.left()).replaceFirst("^ال", "");
                String right = ArabicNormalizer.normalize(p.right());
                assertThat(right).as("%s / %s share their first letters", p.left(), p.right()).contains(left.substring(0, 2));
            }
        }
    }

    @Test
    void aSingleArticleGivesItsOwnWordsAndSentencesOnly() {
        String id = SeedLessons.id("001");
        Section one = SeedLessons.section(SectionKind.VOCABULARY, 3, Map.of(), id);
        assertThat(one.items()).isNotEmpty();
        one.items().stream().flatMap(i -> i.sources().stream()).forEach(s -> assertThat(s.articleId()).isEqualTo(id));
    }

    @Test
    void otherSeedsGiveOtherGapsButTheSameKeyWords() {
        Section other = SeedLessons.section(SectionKind.VOCABULARY, 99, Map.of());
        assertThat(items(other, VocabularyEntry.class)).isEqualTo(items(all, VocabularyEntry.class));
        assertThat(items(other, GapFill.class)).isNotEqualTo(items(all, GapFill.class));
    }

    private static Sentence sentence(Source s) {
        return SeedLessons.corpus().report(s.articleId()).orElseThrow().analysis().sentence(s.sentenceIndex());
    }

    static <T extends Item> List<T> items(Section section, Class<T> type) {
        return section.items().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
