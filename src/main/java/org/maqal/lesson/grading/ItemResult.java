package org.maqal.lesson.grading;

import java.util.Objects;
import java.util.Optional;
import org.maqal.lesson.student.Answer;
import org.maqal.model.ItemType;

/**
 * How one student did on one scored item.
 *
 * @param itemId  the item
 * @param type    its kind
 * @param points  what it is worth
 * @param score   the points given: by the teacher's mark if there is one, else by automatic marking
 *                ({@code points × right parts / parts}; parts only a teacher can mark count 0 until marked)
 * @param status  how the score came about
 * @param right   parts marked right automatically
 * @param parts   parts in all (automatic and for the teacher); 0 for an item only the teacher marks
 * @param answer  what the student gave, if anything
 * @param comment the teacher's comment, or empty
 */
public record ItemResult(String itemId, ItemType type, int points, double score, Status status, int right, int parts,
                         Optional<Answer> answer, String comment) {
    /** How an item's score came about. */
    public enum Status {
        /** Marked automatically, every part right. */
        RIGHT,
        /** Marked automatically, some parts right. */
        PARTLY_RIGHT,
        /** Marked automatically, no part right. */
        WRONG,
        /** Nothing given: no points. */
        UNANSWERED,
        /** Waits for the teacher (an open answer, a gloss, a table's open cells); the score so far is the automatic part. */
        TO_MARK,
        /** Marked by the teacher. */
        MARKED
    }

    public ItemResult {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answer, "answer");
        comment = comment == null ? "" : comment;
    }
}
