package org.maqal.lesson;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a person can do about a refused file when that depends on the file and on what they were
 * doing, not only on the {@link FileProblem}: a damaged lesson with a backup is restored from it, a
 * damaged hand-in is handed in again, a hand-in for another lesson is graded with that lesson. For
 * the other problems the problem itself says what to do, and the remedy is {@link #NONE}.
 */
public enum Remedy {
    /** The problem says what to do. */
    NONE(""),
    /** Restore the file from the backup beside it ({@code NAME.bak}), or fix it by hand. */
    RESTORE_BACKUP("restore it from %s.bak or fix it in a text editor"),
    /** Fix the lesson file by hand, or generate the lesson again. */
    FIX_OR_GENERATE("fix it in a text editor or generate the lesson again"),
    /** Fix the file by hand, or move it away so that Maqal starts a new one. */
    FIX_OR_START_AGAIN("fix it in a text editor or move it out of its folder to start again"),
    /** The teacher asks the student to hand the work in again. */
    HAND_IN_AGAIN("ask the student to hand it in again"),
    /** The student asks the teacher for the file again. */
    FILE_AGAIN("ask your teacher for the file again"),
    /** The student asks the teacher. */
    ASK_TEACHER("ask your teacher"),
    /** The student opens the lesson the answers belong to. */
    OPEN_THAT_LESSON("open that lesson to go on with these answers"),
    /** The teacher grades the hand-in with its own lesson, or moves it out of the class folder. */
    GRADE_THAT_LESSON("grade it with that lesson or move it out of this folder");

    private final String english;

    Remedy(String english) {
        this.english = english;
    }

    /** The remedy in English as the end of a sentence, for a file: "restore it from lesson.json.bak or …". */
    public String english(Path file) {
        return english.formatted(file.getFileName());
    }

    /** The remedy for a damaged file that is saved with a backup: restore it when there is one. */
    public static Remedy forDamaged(Path file, Remedy withoutBackup) {
        return Files.isRegularFile(AtomicWrite.backupOf(file)) ? RESTORE_BACKUP : withoutBackup;
    }
}
