package org.maqal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Match each left entry (a word) to its right entry (a gloss or a sentence).
 *
 * @param answer  the right pairs, at least two, lefts distinct and rights distinct, in the order the lefts are shown
 * @param options the right entries in the (shuffled) order shown; the same entries as the pairs' rights
 */
public record Matching(String id, String prompt, List<Pair> answer, List<String> options, List<Source> sources,
                       int points, String notes) implements Item {
    /** One left entry and the right entry it goes with. */
    public record Pair(String left, String right) {
        public Pair {
            Checks.required(left, "the left side of a matching pair");
            Checks.required(right, "the right side of a matching pair");
        }
    }

    public Matching {
        Checks.id(id, "a matching item");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        answer = Checks.list(answer, "the pairs of item \"" + id + "\"");
        if (answer.size() < 2) throw new IllegalArgumentException("item \"" + id + "\" needs at least two pairs");
        Set<String> lefts = new HashSet<>();
        for (Pair p : answer) {
            if (!lefts.add(p.left())) throw new IllegalArgumentException("item \"" + id + "\" has \"" + p.left() + "\" twice on the left");
        }
        List<String> rights = answer.stream().map(Pair::right).toList();
        Checks.distinct(rights, "the right side of item \"" + id + "\"");
        options = Checks.distinct(options, "the options of item \"" + id + "\"");
        if (!Checks.sameElements(rights, options)) {
            throw new IllegalArgumentException("the options of item \"" + id + "\" must be exactly the right sides of its pairs");
        }
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.MATCHING; }
    @Override public Matching withPrompt(String p) { return new Matching(id, p, answer, options, sources, points, notes); }
    @Override public Matching withPoints(int p) { return new Matching(id, prompt, answer, options, sources, p, notes); }
    @Override public Matching withNotes(String n) { return new Matching(id, prompt, answer, options, sources, points, n); }
}
