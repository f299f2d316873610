package org.maqal.model;

import java.util.List;

/**
 * A question with distinct options, exactly one of them right.
 *
 * @param options at least two distinct, non-blank options, in the order shown
 * @param answer  the right option, one of {@code options}
 */
public record MultipleChoice(String id, String prompt, List<String> options, String answer, List<Source> sources,
                             int points, String notes) implements Item {
    public MultipleChoice {
        Checks.id(id, "a multiple-choice item");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        options = Checks.distinct(options, "the options of item \"" + id + "\"");
        if (options.size() < 2) throw new IllegalArgumentException("item \"" + id + "\" needs at least two options");
        if (!options.contains(answer)) {
            throw new IllegalArgumentException("item \"" + id + "\" has the answer \"" + answer + "\", which is not one of its options");
        }
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.MULTIPLE_CHOICE; }
    @Override public MultipleChoice withPrompt(String p) { return new MultipleChoice(id, p, options, answer, sources, points, notes); }
    @Override public MultipleChoice withPoints(int p) { return new MultipleChoice(id, prompt, options, answer, sources, p, notes); }
    @Override public MultipleChoice withNotes(String n) { return new MultipleChoice(id, prompt, options, answer, sources, points, n); }
}
