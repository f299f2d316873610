package org.maqal.model;

import java.util.List;

/**
 * A real sentence with one word taken out.
 *
 * @param prompt  the sentence with {@link #GAP} exactly once where the word was
 * @param answer  the word taken out, as written in the sentence
 * @param options the choices shown with this gap (distinct, the answer among them), or empty when the
 *                section's word bank (or nothing) is offered instead
 */
public record GapFill(String id, String prompt, String answer, List<String> options, List<Source> sources,
                      int points, String notes) implements Item {
    /** How the gap is marked in the prompt. */
    public static final String GAP = "_____";

    public GapFill {
        Checks.id(id, "a gap-fill item");
        Checks.required(prompt, "the sentence of item \"" + id + "\"");
        int gap = prompt.indexOf(GAP);
        if (gap < 0 || prompt.indexOf(GAP, gap + GAP.length()) >= 0) {
            throw new IllegalArgumentException("the sentence of item \"" + id + "\" must mark its gap with " + GAP + " exactly once");
        }
        Checks.required(answer, "the answer of item \"" + id + "\"");
        options = Checks.distinct(options, "the choices of item \"" + id + "\"");
        if (!options.isEmpty() && (options.size() < 2 || !options.contains(answer))) {
            throw new IllegalArgumentException("the choices of item \"" + id + "\" must be at least two and include the answer \"" + answer + "\"");
        }
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    @Override public ItemType type() { return ItemType.GAP_FILL; }
    @Override public GapFill withPrompt(String p) { return new GapFill(id, p, answer, options, sources, points, notes); }
    @Override public GapFill withPoints(int p) { return new GapFill(id, prompt, answer, options, sources, p, notes); }
    @Override public GapFill withNotes(String n) { return new GapFill(id, prompt, answer, options, sources, points, n); }
}
