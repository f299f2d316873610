package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.Shuffle;
import org.maqal.exercise.SkipNotes;
import org.maqal.exercise.Wording;
import org.maqal.model.ItemType;
import org.maqal.model.Matching;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.text.ArabicNormalizer;

/**
 * Matching words to their glosses, where the glossary has them; the other words (those no gap uses) to the sentences
 * they were taken from, each shown as a stretch of at most fifteen words with the word blanked out
 * (otherwise finding the word would be the whole task). A word joins a sentence item only when it
 * fits no other sentence of the item and no other word fits its own ({@link Distractors#fits}), and
 * only from a sentence no other item uses. Three to five pairs an item. Stateless.
 */
final class WordMatching {
    static final int MOST_PAIRS = 5;
    static final int FEWEST_PAIRS = 3;
    private final Distractors distractors;

    WordMatching(Distractors distractors) {
        this.distractors = distractors;
    }

    /** A gloss item if two words or more have glosses, and a sentence item for the words without one. */
    List<Matching> make(List<LessonWord> words, Set<String> gapped, Set<String> taken, GenerationContext context, Random random,
                        ItemIds ids, Wording wording, SkipNotes notes) {
        List<Matching> items = new ArrayList<>();
        List<LessonWord> glossed = new ArrayList<>();
        List<LessonWord> bare = new ArrayList<>();
        Set<String> glosses = new HashSet<>();
        for (LessonWord w : words) {
            String gloss = context.gloss(w.headword()).orElse("");
            if (!gloss.isBlank() && glosses.add(ArabicNormalizer.normalize(gloss.strip())) && glossed.size() < MOST_PAIRS) {
                glossed.add(w);
            } else if (w.occurrences().stream().noneMatch(o -> gapped.contains(o.token().text()))) {
                bare.add(w);
            }
        }
        if (glossed.size() >= 2) {
            List<Matching.Pair> pairs = glossed.stream()
                    .map(w -> new Matching.Pair(w.headword(), context.gloss(w.headword()).orElseThrow().strip())).toList();
            List<Source> sources = glossed.stream().map(w -> KeyWordList.example(w, Set.of()).source()).toList();
            items.add(item(pairs, sources, wording.text("matching.glosses"), random, ids));
        } else {
            notes.add("skip.noGlosses");
        }
        if (items.size() < context.count()) {
            Optional<Matching> sentences = sentenceItem(bare, taken, random, ids, wording);
            sentences.ifPresentOrElse(items::add, () -> notes.add("skip.fewMatching"));
        }
        return items;
    }

    private Optional<Matching> sentenceItem(List<LessonWord> words, Set<String> taken, Random random,
                                                       ItemIds ids, Wording wording) {
        List<Gap> chosen = new ArrayList<>();
        for (LessonWord w : words) {
            if (chosen.size() == MOST_PAIRS) break;
            for (Occurrence o : w.occurrences()) {
                if (!free(o, w, taken)) continue;
                Gap g = Gap.of(w, o);
                boolean clash = chosen.stream().anyMatch(k -> distractors.fits(g.answerNormal(), k)
                        || distractors.fits(k.answerNormal(), g) || distractors.related(k.answerNormal(), g.answerNormal()));
                if (!clash) chosen.add(g);
                break;
            }
        }
        if (chosen.size() < FEWEST_PAIRS) return Optional.empty();
        chosen.forEach(g -> taken.add(g.at().sentenceKey()));
        List<Matching.Pair> pairs = chosen.stream().map(g -> new Matching.Pair(g.answer(), Excerpt.around(g.at(), true))).toList();
        List<Source> sources = chosen.stream().map(g -> g.at().source()).toList();
        return Optional.of(item(pairs, sources, wording.text("matching.sentences"), random, ids));
    }

    private static boolean free(Occurrence o, LessonWord w, Set<String> taken) {
        if (taken.contains(o.sentenceKey()) || o.article().sentence(o.sentence()).headline()) return false;
        int words = o.article().words(o.sentence());
        return words >= KeyWordList.SHORTEST && words <= GapFills.LONGEST
                && w.occurrences().stream().filter(x -> x.sentenceKey().equals(o.sentenceKey())).count() == 1;
    }

    private static Matching item(List<Matching.Pair> pairs, List<Source> sources, String prompt, Random random, ItemIds ids) {
        String key = String.join("|", pairs.stream().map(Matching.Pair::left).toList());
        List<String> rights = pairs.stream().map(Matching.Pair::right).toList();
        return new Matching(ids.next(SectionKind.VOCABULARY, ItemType.MATCHING, key), prompt, pairs,
                Shuffle.unlike(rights, random), sources, pairs.size(), "");
    }
}
