package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * Word families: forms of one word that differ by more than attached letters (مدرب and كمدربين,
 * القوات and قوة, البعثة and البعثات), matched headword to other form, the shortest such form. A form
 * that is the headword with a conjunction, preposition, article or pronoun attached does not count
 * ({@link WordRules#sameBesideClitics}); within one item no two families are kin, so each form has
 * one partner. Three to five pairs an item, at most two items. Stateless.
 */
final class WordFamilies {
    private static final int ITEMS = 2;
    private final Distractors distractors;

    WordFamilies(Distractors distractors) {
        this.distractors = distractors;
    }

    /** Family items, at most {@code room} of them. */
    List<Matching> make(List<LessonWord> words, int room, Random random, ItemIds ids, Wording wording,
                        SkipNotes notes) {
        List<Family> families = new ArrayList<>();
        for (LessonWord w : words) family(w).ifPresent(families::add);
        List<Matching> items = new ArrayList<>();
        List<Family> left = new ArrayList<>(families);
        while (items.size() < Math.min(ITEMS, room) && !left.isEmpty()) {
            List<Family> chosen = new ArrayList<>();
            for (Family f : List.copyOf(left)) {
                if (chosen.size() == WordMatching.MOST_PAIRS) break;
                if (chosen.stream().anyMatch(c -> kin(c, f))) continue;
                chosen.add(f);
                left.remove(f);
            }
            if (chosen.size() < WordMatching.FEWEST_PAIRS) break;
            List<Matching.Pair> pairs = chosen.stream().map(f -> new Matching.Pair(f.headword, f.other)).toList();
            List<Source> sources = chosen.stream().map(f -> f.source).toList();
            String key = String.join("|", pairs.stream().map(Matching.Pair::left).toList());
            items.add(new Matching(ids.next(SectionKind.VOCABULARY, ItemType.MATCHING, "family|" + key),
                    wording.text("families.prompt"), pairs, Shuffle.unlike(pairs.stream().map(Matching.Pair::right).toList(), random),
                    sources, pairs.size(), ""));
        }
        if (items.isEmpty()) notes.add("skip.noFamilies");
        return items;
    }

    private Optional<Family> family(LessonWord w) {
        String headNormal = ArabicNormalizer.normalize(w.headword());
        Occurrence other = null;
        for (Occurrence o : w.occurrences()) {
            String normal = o.token().normal();
            if (WordRules.sameBesideClitics(o.token().text(), w.headword())) continue;
            if (other == null || normal.length() < other.token().normal().length()) other = o;
        }
        if (other == null) return Optional.empty();
        return Optional.of(new Family(w.headword(), headNormal, other.token().text(), other.token().normal(), other.source()));
    }

    private boolean kin(Family a, Family b) {
        return distractors.related(a.headNormal, b.headNormal) || distractors.related(a.headNormal, b.otherNormal)
                || distractors.related(a.otherNormal, b.headNormal) || distractors.related(a.otherNormal, b.otherNormal)
                || a.other.equals(b.other);
    }

    private record Family(String headword, String headNormal, String other, String otherNormal, Source source) {
    }
}
