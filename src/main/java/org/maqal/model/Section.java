package org.maqal.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One part of a lesson, made by one generator and then edited.
 *
 * @param kind         which generator made it
 * @param instructions what the students are asked to do, in both languages
 * @param items        the items in the order shown; may be empty
 * @param wordBank     words offered to the whole section (for gap-fills), or empty for none
 * @param skipped      the generator's notes on what it left out and why, for the teacher; may be empty
 */
public record Section(SectionKind kind, Instructions instructions, List<Item> items, List<String> wordBank,
                      List<String> skipped) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instructions, "instructions");
        items = Checks.list(items, "a " + kind.name().toLowerCase(Locale.ROOT) + " section");
        wordBank = Checks.distinct(wordBank, "the word bank of a " + kind.name().toLowerCase(Locale.ROOT) + " section");
        skipped = Checks.list(skipped, "the skip notes of a section");
    }

    public Section withItems(List<Item> newItems) {
        return new Section(kind, instructions, newItems, wordBank, skipped);
    }

    public Section withInstructions(Instructions newInstructions) {
        return new Section(kind, newInstructions, items, wordBank, skipped);
    }
}
