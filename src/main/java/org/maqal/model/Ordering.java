package org.maqal.model;

import java.util.List;

/**
 * Put events or sentences in order.
 *
 * @param answer  the entries in the right order, at least two, distinct
 * @param options the same entries in the (shuffled) order shown
 */
public record Ordering(String id, String prompt, List<String> answer, List<String> options, List<Source> sources,
                       int points, String notes) implements Item {
    public Ordering {
        Checks.id(id, "an ordering item");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        answer = Checks.distinct(answer, "the entries of item \"" + id + "\"");
        if (answer.size() < 2) throw new IllegalArgumentException("item \"" + id + "\" needs at least two entries to order");
        options = Checks.distinct(options, "the options of item \"" + id + "\"");
        if (!Checks.sameElements(answer, options)) {
            throw new IllegalArgumentException("the options of item \"" + id + "\" must be the same entries as its answer");
        }
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.ORDERING; }
    @Override public Ordering withPrompt(String p) { return new Ordering(id, p, answer, options, sources, points, notes); }
    @Override public Ordering withPoints(int p) { return new Ordering(id, prompt, answer, options, sources, p, notes); }
    @Override public Ordering withNotes(String n) { return new Ordering(id, prompt, answer, options, sources, points, n); }
}
