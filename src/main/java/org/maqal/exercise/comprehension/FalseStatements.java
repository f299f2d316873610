package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.ItemType;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TrueFalse;

/**
 * True/false statements on facts: a sentence of the article that holds a number, a year or a name
 * ({@link FactFinder}), given as written (true) or with exactly one of those facts changed for
 * another of the same kind from the corpus that the article does not hold (false). True and false
 * alternate from a seeded start; sentences are taken in a seeded order. The teacher's note on a false statement says what was changed.
 * Sentences of 6 to 35 words; the articles take turns. Stateless.
 */
final class FalseStatements {
    private static final int LONGEST = 35;
    private final FactFinder facts;

    FalseStatements(FactFinder facts) {
        this.facts = facts;
    }

    List<TrueFalse> make(SectionDraft lesson, int room) {
        boolean[] nextFalse = {lesson.random.nextBoolean()};
        Map<ArticleTokens, List<Integer>> orders = lesson.sentenceOrders();
        List<TrueFalse> items = lesson.inTurns(room, a -> {
            TrueFalse item = next(lesson, a, orders.get(a), nextFalse[0]);
            if (item != null) nextFalse[0] = !nextFalse[0];
            return item;
        });
        if (items.isEmpty()) lesson.notes.add("skip.noFacts");
        return items;
    }

    private TrueFalse next(SectionDraft lesson, ArticleTokens a, List<Integer> sentences, boolean makeFalse) {
        while (!sentences.isEmpty()) {
            int s = sentences.remove(0);
            if (!lesson.free(a, s, LONGEST)) continue;
            List<Fact> found = facts.facts(a, s);
            if (found.isEmpty()) continue;
            lesson.use(a, s);
            String sentence = a.sentence(s).text();
            Source source = new Source(a.articleId(), s);
            if (!makeFalse) {
                return new TrueFalse(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.TRUE_FALSE, source + "|true"),
                        lesson.about(a.report(), sentence), true, List.of(source), 1, "");
            }
            Fact fact = found.get(lesson.random.nextInt(found.size()));
            String replacement = fact.replacements().get(lesson.random.nextInt(Math.min(3, fact.replacements().size())));
            String statement = a.replace(s, fact.start(), fact.end(), replacement);
            String note = lesson.wording.text("note.changed", fact.written(), replacement);
            return new TrueFalse(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.TRUE_FALSE, source + "|" + replacement),
                    lesson.about(a.report(), statement), false, List.of(source), 1, note);
        }
        return null;
    }
}
