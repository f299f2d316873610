package org.maqal.model;

import java.util.List;

/**
 * A question answered in a word or a few.
 *
 * @param answer   the model answer
 * @param accepted other answers to accept as right (spellings, synonyms); may be empty
 */
public record ShortAnswer(String id, String prompt, String answer, List<String> accepted, List<Source> sources,
                          int points, String notes) implements Item {
    public ShortAnswer {
        Checks.id(id, "a short-answer item");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        Checks.required(answer, "the answer of item \"" + id + "\"");
        accepted = Checks.distinct(accepted, "the accepted answers of item \"" + id + "\"");
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.SHORT_ANSWER; }
    @Override public ShortAnswer withPrompt(String p) { return new ShortAnswer(id, p, answer, accepted, sources, points, notes); }
    @Override public ShortAnswer withPoints(int p) { return new ShortAnswer(id, prompt, answer, accepted, sources, p, notes); }
    @Override public ShortAnswer withNotes(String n) { return new ShortAnswer(id, prompt, answer, accepted, sources, points, n); }
}
