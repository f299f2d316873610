package org.maqal.lesson;

/**
 * Thrown inside the lesson packages while reading a JSON tree that lacks a field or has one of the wrong
 * type; the message is a clause such as {@code sections[0].items[2] has no "prompt"}. The public
 * classes turn it into a {@link LessonFileException} naming the file.
 */
public final class Malformed extends RuntimeException {
    public Malformed(String clause) {
        super(clause, null, false, false);
    }
}
