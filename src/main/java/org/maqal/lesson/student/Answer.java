package org.maqal.lesson.student;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maqal.model.ItemType;

/**
 * What a student gave for one item, typed for its kind: a {@link Choice} for multiple choice, a
 * {@link Judgement} for true/false, {@link Matches} for matching, an {@link Order} for ordering,
 * {@link Cells} for a table sheet, and {@link Text} for a gap, a short or open answer and a
 * vocabulary entry (the student's gloss). Immutable.
 */
public sealed interface Answer {
    /** Whether nothing is given yet (blank text, no choice, no pair, no cell). */
    boolean isEmpty();

    /** Whether this kind of answer fits an item of this type. */
    default boolean fits(ItemType type) {
        return kindFor(type) == getClass();
    }

    /** The kind of answer an item of this type takes. */
    static Class<? extends Answer> kindFor(ItemType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> Choice.class;
            case TRUE_FALSE -> Judgement.class;
            case MATCHING -> Matches.class;
            case ORDERING -> Order.class;
            case TABLE -> Cells.class;
            case GAP_FILL, SHORT_ANSWER, OPEN_QUESTION, VOCABULARY -> Text.class;
        };
    }

    /** Typed or picked text. */
    record Text(String text) implements Answer {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override public boolean isEmpty() { return text.isBlank(); }
    }

    /** The option chosen, as shown. */
    record Choice(String option) implements Answer {
        public Choice {
            Objects.requireNonNull(option, "option");
        }

        @Override public boolean isEmpty() { return option.isBlank(); }
    }

    /** True or false. */
    record Judgement(boolean value) implements Answer {
        @Override public boolean isEmpty() { return false; }
    }

    /** Left entry to the right entry the student put beside it; lefts not yet matched are absent. */
    record Matches(Map<String, String> rightByLeft) implements Answer {
        public Matches {
            rightByLeft = Map.copyOf(rightByLeft);
        }

        @Override public boolean isEmpty() { return rightByLeft.isEmpty(); }
    }

    /** The entries in the order the student put them. */
    record Order(List<String> entries) implements Answer {
        public Order {
            entries = List.copyOf(entries);
        }

        @Override public boolean isEmpty() { return entries.isEmpty(); }
    }

    /** The cells the student filled in a table sheet. */
    record Cells(List<Cell> cells) implements Answer {
        public Cells {
            cells = List.copyOf(cells);
        }

        /** The text in a cell, or empty. */
        public String text(int row, int column) {
            return cells.stream().filter(c -> c.row() == row && c.column() == column).map(Cell::text).findFirst().orElse("");
        }

        @Override public boolean isEmpty() { return cells.stream().allMatch(c -> c.text().isBlank()); }
    }

    /** One filled cell: its row and column from 0, and the text. */
    record Cell(int row, int column, String text) {
        public Cell {
            if (row < 0 || column < 0) throw new IllegalArgumentException("a cell has a negative row or column");
            Objects.requireNonNull(text, "text");
        }
    }
}
