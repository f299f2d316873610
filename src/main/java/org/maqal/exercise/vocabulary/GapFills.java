package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.Shuffle;
import org.maqal.exercise.SkipNotes;
import org.maqal.model.GapFill;
import org.maqal.model.ItemType;
import org.maqal.model.SectionKind;

/**
 * Gap-fills from real sentences: a lesson word (in a seeded order, among the best three times as many
 * words as gaps wanted) cut out of a sentence of 6 words or more that holds it once, one gap per
 * sentence, never in a sentence the key-word list shows. A sentence longer than 40 words is shown as
 * the stretch of twelve tokens each side of the gap, its cuts marked "…". The answer is the token
 * exactly as written there, so the prompt with the answer put back is the sentence (or that stretch
 * of it).
 * <p>
 * With three gaps or more whose answers fit only their own gap ({@link Distractors#fits}), the
 * section offers a word bank: the answers and up to two distractors that fit no gap. Otherwise each
 * gap comes with its own choices: the answer and up to three distractors (at least two, or the gap is
 * left out). Stateless.
 */
final class GapFills {
    static final int LONGEST = 40;
    private static final int AROUND = 12;
    private static final int BANK_FROM = 3;
    private static final int EXTRAS = 2;
    private final Distractors distractors;

    GapFills(Distractors distractors) {
        this.distractors = distractors;
    }

    /** The gaps and, when they share one, the word bank. */
    Result make(List<LessonWord> words, Set<String> takenSentences, GenerationContext context, Random random,
                ItemIds ids, SkipNotes notes) {
        List<Gap> candidates = candidates(words, takenSentences, context.count(), random, notes);
        List<Gap> compatible = new ArrayList<>();
        List<Gap> clashing = new ArrayList<>();
        for (Gap g : candidates) {
            boolean clash = compatible.stream().anyMatch(k -> distractors.fits(g.answerNormal(), k) || distractors.fits(k.answerNormal(), g));
            (clash ? clashing : compatible).add(g);
        }
        if (compatible.size() >= BANK_FROM) {
            clashing.forEach(g -> notes.add("skip.gapClash", g.answer()));
            return bank(compatible, random, ids);
        }
        List<GapFill> items = new ArrayList<>();
        for (Gap g : candidates) {
            List<String> wrong = distractors.choose(g, 3, random, List.of(g.answerNormal()));
            if (wrong.size() < 2) {
                notes.add("skip.fewDistractors", g.answer());
                continue;
            }
            List<String> options = new ArrayList<>(wrong);
            options.add(g.answer());
            items.add(item(g, Shuffle.of(options, random), ids));
        }
        return new Result(items, List.of());
    }

    private Result bank(List<Gap> gaps, Random random, ItemIds ids) {
        List<String> answers = gaps.stream().map(Gap::answerNormal).toList();
        List<String> extras = new ArrayList<>();
        for (String w : distractors.choose(gaps.get(0), EXTRAS * 3, random, answers)) {
            String normal = org.maqal.text.ArabicNormalizer.normalize(w);
            if (extras.size() < EXTRAS && gaps.stream().noneMatch(g -> distractors.fits(normal, g))) extras.add(w);
        }
        List<String> bank = new ArrayList<>(gaps.stream().map(Gap::answer).toList());
        bank.addAll(extras);
        List<GapFill> items = gaps.stream().map(g -> item(g, List.of(), ids)).toList();
        return new Result(items, Shuffle.of(bank, random));
    }

    private List<Gap> candidates(List<LessonWord> words, Set<String> taken, int count, Random random, SkipNotes notes) {
        List<Gap> gaps = new ArrayList<>();
        for (LessonWord w : Shuffle.of(words.subList(0, Math.min(words.size(), 3 * count)), random)) {
            if (gaps.size() == count) break;
            if (gaps.stream().anyMatch(g -> distractors.related(g.answerNormal(), w.occurrences().get(0).token().normal()))) continue;
            List<Occurrence> usable = w.occurrences().stream().filter(o -> usable(o, w, taken)).toList();
            if (usable.isEmpty()) {
                notes.add("skip.noGapSentence", w.headword());
                continue;
            }
            Occurrence at = usable.get(random.nextInt(usable.size()));
            taken.add(at.sentenceKey());
            gaps.add(at.article().words(at.sentence()) <= LONGEST ? Gap.of(w, at) : Gap.of(w, at, Excerpt.around(at, true, AROUND)));
        }
        return gaps;
    }

    private static boolean usable(Occurrence o, LessonWord w, Set<String> taken) {
        if (taken.contains(o.sentenceKey()) || o.article().sentence(o.sentence()).headline()) return false;
        if (o.article().words(o.sentence()) < KeyWordList.SHORTEST) return false;
        return w.occurrences().stream().filter(x -> x.sentenceKey().equals(o.sentenceKey())).count() == 1;
    }

    private static GapFill item(Gap g, List<String> options, ItemIds ids) {
        String key = g.at().sentenceKey() + "|" + g.answer();
        return new GapFill(ids.next(SectionKind.VOCABULARY, ItemType.GAP_FILL, key), g.prompt(), g.answer(), options,
                List.of(g.at().source()), 1, "");
    }

    /** Gap-fill items and the section's word bank (empty when each gap has its own choices). */
    record Result(List<GapFill> items, List<String> wordBank) {
    }
}
