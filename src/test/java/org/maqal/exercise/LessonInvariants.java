package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.Sentence;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.model.Token;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.FunctionWords;

/**
 * What must hold for every generated lesson, whatever made it: items point to real sentences of
 * the lesson's articles; a gap's answer is the word taken out of that sentence (and never a function
 * word, a number or a name); choices are distinct with exactly one right; nothing repeats in a
 * section; no section holds more than {@code count} items of one type; sections with items have
 * instructions in both languages; skip notes are short readable sentences.
 */
final class LessonInvariants {
    private static final FunctionWords FUNCTION_WORDS = FunctionWords.standard();

    private LessonInvariants() {
    }

    static void check(Lesson lesson, CorpusAnalysis corpus, int count) {
        Set<String> articleIds = new HashSet<>();
        lesson.articles().forEach(a -> articleIds.add(a.id()));
        for (Section section : lesson.sections()) {
            String where = section.kind() + " section of lesson seed " + lesson.seed() + " on " + articleIds;
            Map<ItemType, Integer> perType = new EnumMap<>(ItemType.class);
            Set<String> contents = new HashSet<>();
            for (Item item : section.items()) {
                String what = item.id() + " in the " + where;
                perType.merge(item.type(), 1, Integer::sum);
                assertThat(contents.add(content(item))).as("%s repeats another item", what).isTrue();
                assertThat(item.sources()).as("%s cites no sentence", what).isNotEmpty();
                for (Source s : item.sources()) {
                    assertThat(articleIds).as("%s cites an article outside the lesson", what).contains(s.articleId());
                    ArticleReport r = corpus.report(s.articleId()).orElseThrow();
                    assertThat(s.sentenceIndex()).as("%s cites a sentence past the end", what).isLessThan(r.analysis().sentences().size());
                }
                checkItem(item, articleIds, corpus, what);
            }
            perType.forEach((type, n) -> assertThat(n).as("%s items in the %s", type, where).isLessThanOrEqualTo(count));
            if (!section.items().isEmpty()) {
                assertThat(section.instructions().arabic()).as("Arabic instructions of the %s", where).isNotBlank();
                assertThat(section.instructions().english()).as("English instructions of the %s", where).isNotBlank();
            }
            assertThat(normalisedDistinct(section.wordBank())).as("word bank of the %s", where).isTrue();
            for (String note : section.skipped()) {
                assertThat(note).as("a skip note of the %s", where).isNotBlank().doesNotContain("null", "Exception", "\n").hasSizeLessThan(600);
            }
            for (Item item : section.items()) {
                if (item instanceof GapFill g && g.options().isEmpty() && !section.wordBank().isEmpty()) {
                    assertThat(section.wordBank()).as("the bank of the %s offers the answer of %s", where, g.id()).contains(g.answer());
                }
            }
        }
    }

    private static void checkItem(Item item, Set<String> articleIds, CorpusAnalysis corpus, String what) {
        if (item instanceof MultipleChoice m) {
            assertThat(normalisedDistinct(m.options())).as("%s has two options alike", what).isTrue();
            assertThat(m.options().stream().filter(o -> same(o, m.answer())).count()).as("%s right options", what).isEqualTo(1);
        } else if (item instanceof GapFill g) {
            checkGap(g, corpus, what);
        } else if (item instanceof Matching m) {
            for (Matching.Pair pair : m.answer()) {
                if (!pair.right().contains(GapFill.GAP)) continue;
                String restored = unclipped(pair.right().replace(GapFill.GAP, pair.left()));
                assertThat(m.sources().stream().map(s -> sentence(corpus, s).text()).anyMatch(t -> t.contains(restored)))
                        .as("%s: «%s» with its word put back is not in its sentences", what, pair.right()).isTrue();
            }
            assertThat(normalisedDistinct(m.answer().stream().map(Matching.Pair::right).toList())).as("%s rights", what).isTrue();
            assertThat(normalisedDistinct(m.answer().stream().map(Matching.Pair::left).toList())).as("%s lefts", what).isTrue();
        } else if (item instanceof Ordering o) {
            assertThat(o.options()).as("%s shows its answer already in order", what).isNotEqualTo(o.answer());
            assertThat(normalisedDistinct(o.answer())).as("%s entries", what).isTrue();
        } else if (item instanceof VocabularyEntry v) {
            String normal = ArabicNormalizer.normalize(v.headword());
            assertThat(FUNCTION_WORDS.contains(normal)).as("%s: «%s» is a function word", what, v.headword()).isFalse();
            assertThat(v.headword()).as("%s headword", what).doesNotContainPattern("[0-9\u0660-\u0669]");
            assertThat(isWrittenIn(corpus, articleIds, normal)).as("%s: «%s» is written nowhere in its articles", what, v.headword()).isTrue();
            assertThat(sentence(corpus, v.sources().get(0)).text()).as("%s example", what).contains(unclipped(v.example()));
        } else {
            assertThat(item.prompt()).as("%s prompt", what).isNotBlank();
        }
    }

    private static void checkGap(GapFill g, CorpusAnalysis corpus, String what) {
        Source source = g.sources().get(0);
        ArticleReport r = corpus.report(source.articleId()).orElseThrow();
        Sentence sentence = r.analysis().sentence(source.sentenceIndex());
        String restored = unclipped(g.prompt().replace(GapFill.GAP, g.answer()));
        assertThat(sentence.text()).as("%s: the prompt with its answer put back is not the sentence", what).contains(restored);
        int offset = sentence.start() + sentence.text().indexOf(restored) + unclipped(g.prompt()).indexOf(GapFill.GAP);
        Token token = r.analysis().tokens().stream().filter(t -> t.start() == offset).findFirst().orElse(null);
        assertThat(token).as("%s: the gap is not at the start of a word", what).isNotNull();
        assertThat(token.text()).as("%s: the answer is not the whole word taken out", what).isEqualTo(g.answer());
        assertThat(token.isContentWord()).as("%s: «%s» is a function word", what, g.answer()).isTrue();
        assertThat(g.answer()).as("%s answer", what).doesNotContainPattern("[0-9\u0660-\u0669]");
        boolean inName = r.analysis().entities().stream().flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.start() < token.end() && token.start() < m.end());
        assertThat(inName).as("%s: «%s» is part of a name", what, g.answer()).isFalse();
        if (!g.options().isEmpty()) {
            assertThat(normalisedDistinct(g.options())).as("%s choices", what).isTrue();
            assertThat(g.options().stream().filter(o -> same(o, g.answer())).count()).as("%s right choices", what).isEqualTo(1);
        }
    }

    private static boolean isWrittenIn(CorpusAnalysis corpus, Set<String> articleIds, String normal) {
        for (String id : articleIds) {
            for (Token t : corpus.report(id).orElseThrow().analysis().tokens()) {
                if (t.normal().equals(normal) || t.normal().endsWith(normal) && t.normal().length() <= normal.length() + 3) return true;
            }
        }
        return false;
    }

    /** What makes an item the same as another, whatever its id. */
    static String content(Item item) {
        if (item instanceof VocabularyEntry v) return "vocabulary|" + ArabicNormalizer.normalize(v.headword());
        if (item instanceof Matching m) return "matching|" + m.answer();
        if (item instanceof Ordering o) return "ordering|" + o.answer();
        if (item instanceof OpenQuestion o) return "open|" + o.prompt() + "|" + o.sources();
        if (item instanceof TableSheet t) return "table|" + t.prompt() + "|" + t.answer();
        return item.type() + "|" + ArabicNormalizer.normalize(item.prompt());
    }

    static Sentence sentence(CorpusAnalysis corpus, Source s) {
        return corpus.report(s.articleId()).orElseThrow().analysis().sentence(s.sentenceIndex());
    }

    /** A stretch without the "…" that marks where it was cut. */
    static String unclipped(String text) {
        String t = text.strip();
        if (t.startsWith("…")) t = t.substring(1).strip();
        if (t.endsWith("…")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static boolean same(String a, String b) {
        return ArabicNormalizer.normalize(a.strip()).equals(ArabicNormalizer.normalize(b.strip()));
    }

    private static boolean normalisedDistinct(List<String> texts) {
        List<String> seen = new ArrayList<>();
        for (String t : texts) {
            String n = ArabicNormalizer.normalize(t.strip());
            if (seen.contains(n)) return false;
            seen.add(n);
        }
        return true;
    }
}
