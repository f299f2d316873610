package org.maqal.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the models ask of the person at the window. The window implements it with dialogs; tests
 * answer with a scripted fake. Messages are put in the interface language by the implementation.
 */
public interface DialogService {
    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Shows an error: what went wrong and what to do, one or two sentences. */
    void showError(Message title, Message message);

    /** Shows a message that needs no answer. */
    void showInfo(Message title, Message message);

    /** Asks whether to save unsaved changes to the named lesson before going on. */
    SaveChoice confirmSave(String lessonTitle);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(Message title, Message question);

    /** Asks for files to import (articles); empty when the person cancels. */
    List<Path> chooseFilesToImport(Path startFolder);

    /** Asks for a lesson file to open, starting in a folder; empty when cancelled. */
    Optional<Path> chooseLessonToOpen(Path startFolder);

    /** Asks where to save a lesson, suggesting a file; empty when cancelled. */
    Optional<Path> chooseLessonToSave(Path suggested);

    /**
     * Asks where to save a file of one kind ({@code kind} names it, e.g. "Excel gradebooks"),
     * suggesting one; the answer ends in {@code .extension}. Empty when cancelled.
     */
    Optional<Path> chooseFileToSave(Path suggested, Message kind, String extension);

    /** Asks for a folder, starting in one; empty when cancelled. */
    Optional<Path> chooseFolder(Path startFolder);
}
