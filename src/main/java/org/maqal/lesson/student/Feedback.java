package org.maqal.lesson.student;

import java.util.Map;
import java.util.Objects;

/**
 * What the student is told about one answer.
 *
 * @param status the verdict on the whole answer
 * @param parts  for each part answered ({@link AnswerParts} names them: a matching's left entry, an
 *               ordering's position, a table's {@code row,column}), whether it is right
 */
public record Feedback(Status status, Map<String, Boolean> parts) {
    /** The verdict on an answer. */
    public enum Status {
        /** Every part right. */
        RIGHT,
        /** Some parts right, some wrong or not given yet. */
        PARTLY_RIGHT,
        /** No part right. */
        WRONG,
        /** Nothing given yet. */
        UNANSWERED,
        /** Not checked here: the teacher marks it, or the copy gives no instant feedback. */
        NOT_CHECKED
    }

    /** Feedback for an answer that is not checked here. */
    public static final Feedback NOT_CHECKED = new Feedback(Status.NOT_CHECKED, Map.of());

    public Feedback {
        Objects.requireNonNull(status, "status");
        parts = Map.copyOf(parts);
    }
}
