package org.maqal.model;

import java.util.List;

/**
 * A statement the student judges true or false.
 *
 * @param prompt the statement
 * @param answer whether it is true according to the article
 */
public record TrueFalse(String id, String prompt, boolean answer, List<Source> sources, int points, String notes)
        implements Item {
    public TrueFalse {
        Checks.id(id, "a true/false item");
        Checks.required(prompt, "the statement of item \"" + id + "\"");
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.TRUE_FALSE; }
    @Override public TrueFalse withPrompt(String p) { return new TrueFalse(id, p, answer, sources, points, notes); }
    @Override public TrueFalse withPoints(int p) { return new TrueFalse(id, prompt, answer, sources, p, notes); }
    @Override public TrueFalse withNotes(String n) { return new TrueFalse(id, prompt, answer, sources, points, n); }
}
