package org.maqal.model;

import java.util.List;

/**
 * A key word of the lesson's articles, to study rather than to answer.
 *
 * @param prompt   what the student sees; the headword when given blank
 * @param headword a real surface word a learner can look up (never a bare stem)
 * @param forms    its other forms in the text, most frequent first
 * @param count    how often its forms occur, at least 1
 * @param articles in how many of the lesson's articles it occurs, at least 1
 * @param example  a sentence from the text that shows it
 * @param answer   the gloss (from the teacher's glossary), or empty while none is written
 * @param topic    true for topic vocabulary shared by the articles, false when particular to one
 */
public record VocabularyEntry(String id, String prompt, String headword, List<String> forms, int count, int articles,
                              String example, String answer, boolean topic, List<Source> sources, int points,
                              String notes) implements Item {
    public VocabularyEntry {
        Checks.id(id, "a vocabulary entry");
        Checks.required(headword, "the headword of item \"" + id + "\"");
        prompt = prompt == null || prompt.isBlank() ? headword : prompt;
        forms = Checks.list(forms, "the forms of item \"" + id + "\"");
        if (count < 1 || articles < 1) {
            throw new IllegalArgumentException("item \"" + id + "\" must occur at least once in at least one article");
        }
        example = Checks.text(example);
        answer = Checks.text(answer);
        sources = Checks.list(sources, "the sources of item \"" + id + "\"");
        Checks.points(points, id);
        notes = Checks.text(notes);
    }

    /** The gloss; empty while none is written. */
    public String gloss() { return answer; }

    /** A copy with this gloss (empty to remove it). */
    public VocabularyEntry withGloss(String gloss) {
        return new VocabularyEntry(id, prompt, headword, forms, count, articles, example, gloss, topic, sources, points, notes);
    }

    @Override public ItemType type() { return ItemType.VOCABULARY; }
    @Override public VocabularyEntry withPrompt(String p) {
        return new VocabularyEntry(id, p, headword, forms, count, articles, example, answer, topic, sources, points, notes);
    }
    @Override public VocabularyEntry withPoints(int p) {
        return new VocabularyEntry(id, prompt, headword, forms, count, articles, example, answer, topic, sources, p, notes);
    }
    @Override public VocabularyEntry withNotes(String n) {
        return new VocabularyEntry(id, prompt, headword, forms, count, articles, example, answer, topic, sources, points, n);
    }
}
