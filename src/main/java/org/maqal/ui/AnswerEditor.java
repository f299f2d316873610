package org.maqal.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import org.maqal.lesson.student.Answer;

/**
 * The widgets a student answers one item with: they show an answer given earlier and hand every change
 * to a sink. Built by {@link AnswerEditors}; on the Swing thread.
 */
abstract class AnswerEditor {
    private final Consumer<Answer> sink;
    private boolean showing;

    AnswerEditor(Consumer<Answer> sink) {
        this.sink = sink;
    }

    /** The widgets. */
    abstract JComponent component();

    /** Puts an answer given earlier into the widgets (empty: nothing given) without handing it back. */
    final void show(Optional<Answer> answer) {
        showing = true;
        try {
            fill(answer);
        } finally {
            showing = false;
        }
    }

    abstract void fill(Optional<Answer> answer);

    /** Hands the student's change on, unless it comes from {@link #show}. */
    final void changed(Answer answer) {
        if (!showing) sink.accept(answer);
    }
}
