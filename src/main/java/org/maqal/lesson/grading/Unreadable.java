package org.maqal.lesson.grading;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file in the hand-in folder that was not graded, and why, as one sentence.
 *
 * @param file   the file
 * @param reason why it was not graded (cut off, not a hand-in, for another lesson, …), as a sentence
 */
public record Unreadable(Path file, String reason) {
    public Unreadable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
