package org.maqal.lesson;

/**
 * A lesson or glossary file that cannot be read or written. The message is one plain sentence for a
 * teacher: what is wrong and what to do. A file that was refused has not been modified.
 */
public class LessonFileException extends Exception {
    public LessonFileException(String message) {
        super(message);
    }

    public LessonFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
