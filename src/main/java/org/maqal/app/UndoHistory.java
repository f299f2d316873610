package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits that can be undone and redone, newest last, with a mark of the state that was saved so
 * the editor knows whether there are unsaved changes. Keeps at most {@link #LIMIT} edits.
 *
 * @param <E> an edit
 */
public final class UndoHistory<E> {
    /** The most edits kept. */
    public static final int LIMIT = 500;

    private final List<E> edits = new ArrayList<>();
    private int next;
    private int saved;

    /** Records a done edit; drops what could be redone. */
    public void push(E edit) {
        while (edits.size() > next) edits.remove(edits.size() - 1);
        if (saved > next) saved = -1;
        edits.add(edit);
        next++;
        if (edits.size() > LIMIT) {
            edits.remove(0);
            next--;
            saved--;
        }
    }

    /** The edit to undo, which becomes the next to redo. */
    public Optional<E> undo() {
        if (next == 0) return Optional.empty();
        return Optional.of(edits.get(--next));
    }

    /** The edit to redo. */
    public Optional<E> redo() {
        if (next == edits.size()) return Optional.empty();
        return Optional.of(edits.get(next++));
    }

    public Optional<E> peekUndo() {
        return next == 0 ? Optional.empty() : Optional.of(edits.get(next - 1));
    }

    public Optional<E> peekRedo() {
        return next == edits.size() ? Optional.empty() : Optional.of(edits.get(next));
    }

    /** Marks the present state as saved. */
    public void markSaved() {
        saved = next;
    }

    /** Whether the present state differs from the one last saved. */
    public boolean dirty() {
        return saved != next;
    }

    /** Forgets every edit; the present state counts as saved when {@code saved}. */
    public void clear(boolean isSaved) {
        edits.clear();
        next = 0;
        saved = isSaved ? 0 : -1;
    }
}
