package org.maqal.model;

import java.util.List;
import java.util.Optional;

/**
 * One thing a student answers (or, for a vocabulary entry, studies). Every kind has a stable
 * {@link #id()}, a {@link #type()}, a {@link #prompt()}, its correct answer in a component named
 * {@code answer} (typed for its kind; an open question has guidance instead), the sentences it comes
 * from, points, and optional teacher notes. Items are immutable: the editor works on the copies the
 * {@code with…} methods return. Constructors refuse, with an {@link IllegalArgumentException}, a blank
 * id or prompt, negative points, and what each kind says.
 */
public sealed interface Item permits MultipleChoice, TrueFalse, GapFill, Matching, Ordering, ShortAnswer,
        OpenQuestion, VocabularyEntry, TableSheet {

    /** Stable across edits, regeneration of other items, and student copies. */
    String id();

    ItemType type();

    /** What the student reads. */
    String prompt();

    /** The sentences it comes from; several for comparison items; empty only for an item a teacher wrote. */
    List<Source> sources();

    /** Points it is worth; 0 for what is not scored. */
    int points();

    /** The teacher's notes, or empty. */
    String notes();

    /** The choices the student sees, for items that are a choice; otherwise empty. */
    default List<String> options() {
        return List.of();
    }

    /** The first source, if any. */
    default Optional<Source> source() {
        return sources().isEmpty() ? Optional.empty() : Optional.of(sources().get(0));
    }

    /** A copy with another prompt; refused like the constructor (a gap-fill prompt must keep its gap). */
    Item withPrompt(String prompt);

    Item withPoints(int points);

    Item withNotes(String notes);
}
