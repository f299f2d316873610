package org.maqal.lesson;

import org.maqal.corpus.WriteFailure;

/**
 * What kind of thing went wrong with a file, as data, so that the interface can say it in its own
 * language while the command line keeps the English sentence of the {@link LessonFileException}.
 * Together with the file's name and a {@link Remedy} it makes the sentence a person reads.
 */
public enum FileProblem {
    /** The file does not exist. */
    MISSING,
    /** The file exists but cannot be read (permissions, disk). */
    CANNOT_READ,
    /** The file is far larger than a file of its kind could be. */
    TOO_LARGE,
    /** The file is empty, cut off, not valid JSON, or has missing or wrong fields. */
    DAMAGED,
    /** The file is a lesson file, not the kind expected. */
    LESSON_FILE,
    /** The file is JSON but not a Maqal file of the kind expected. */
    WRONG_KIND,
    /** The file was saved by a newer Maqal. */
    NEWER_VERSION,
    /** The file is a student's work for another lesson; the detail is that lesson's title. */
    OTHER_LESSON,
    /** The folder to hand in to does not exist; the detail is the folder. */
    NO_FOLDER,
    /** The file could not be written for a reason none of the kinds below names. */
    CANNOT_WRITE,
    /** The file could not be written because the disk or USB stick is full. */
    NO_SPACE,
    /** The file could not be written because another program has it open (Word, Excel on Windows). */
    IN_USE,
    /** The file could not be written because it or its folder is read-only or may not be written. */
    READ_ONLY,
    /** Saving was interrupted before it finished; the file holds what it held before. */
    INTERRUPTED,
    /** The student's hand-in file name is taken by another student's file; the detail is the folder. */
    NAME_TAKEN,
    /** The folder holds as many hand-ins of this student as it may; the detail is the folder. */
    TOO_MANY_HAND_INS,
    /** The folder to write into is a file; the file is that path. */
    NOT_A_FOLDER,
    /** A folder has the name of the file to write. */
    FOLDER_IN_THE_WAY,
    /** An article of the lesson is no longer in the corpus; the file is its text file ({@code ID.txt}). */
    ARTICLE_MISSING,
    /** An article of the lesson changed since the lesson was made; the file is its text file ({@code ID.txt}). */
    ARTICLE_CHANGED;

    /** The kind of a write the file system refused. */
    public static FileProblem of(WriteFailure failure) {
        return switch (failure) {
            case NO_SPACE -> NO_SPACE;
            case IN_USE -> IN_USE;
            case READ_ONLY -> READ_ONLY;
            case OTHER -> CANNOT_WRITE;
        };
    }
}
