package org.maqal.model;

import java.util.List;

/**
 * A question with no single answer (main idea, summary, the writer's choices).
 *
 * @param guidance what the teacher looks for in an answer, or empty
 */
public record OpenQuestion(String id, String prompt, String guidance, List<Source> sources, int points, String notes)
        implements Item {
    public OpenQuestion {
        Checks.id(id, "an open question");
        Checks.required(prompt, "the prompt of item \"" + id + "\"");
        guidance = Checks.text(guidance);
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.OPEN_QUESTION; }
    @Override public OpenQuestion withPrompt(String p) { return new OpenQuestion(id, p, guidance, sources, points, notes); }
    @Override public OpenQuestion withPoints(int p) { return new OpenQuestion(id, prompt, guidance, sources, p, notes); }
    @Override public OpenQuestion withNotes(String n) { return new OpenQuestion(id, prompt, guidance, sources, points, n); }
}
