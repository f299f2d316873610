package org.maqal.lesson;

/**
 * Thrown inside this package while reading a JSON tree that lacks a field or has one of the wrong
 * type; the message is a clause such as {@code sections[0].items[2] has no "prompt"}. The public
 * classes turn it into a {@link LessonFileException} naming the file.
 */
final class Malformed extends RuntimeException {
    Malformed(String clause) {
        super(clause, null, false, false);
    }
}
