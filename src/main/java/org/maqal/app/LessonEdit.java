package org.maqal.app;

import java.util.Optional;
import org.maqal.model.Lesson;

/**
 * One change a teacher made to a lesson, undoable as a whole: the lesson before and after, the
 * glossary change that went with it (if any), and the item to show afterwards.
 *
 * @param label  a key of the interface bundle naming the change ("edit.delete"), for Undo/Redo menus
 * @param before the lesson before the change
 * @param after  the lesson after it
 * @param gloss  the glossary change made with it, or null
 * @param focus  the id of the item the change is about, or empty
 */
public record LessonEdit(String label, Lesson before, Lesson after, GlossChange gloss, String focus) {
    /**
     * A gloss written for a headword, with the one it replaced.
     *
     * @param before the gloss before, if any
     * @param after  the gloss after, if any (empty: removed)
     */
    public record GlossChange(String headword, Optional<String> before, Optional<String> after) { }
}
