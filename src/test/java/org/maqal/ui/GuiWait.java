package org.maqal.ui;

import java.util.concurrent.Callable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Waits in GUI tests for a condition read on the Swing thread, generously, for slow shared machines. */
final class GuiWait {
    /** How long a GUI test waits for anything before it fails. */
    static final Timeout SLOW = Timeout.timeout(120_000);

    private GuiWait() {
    }

    /** Waits until the condition, read on the Swing thread, holds (an exception counts as not yet). */
    static void waitFor(String what, Callable<Boolean> condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(condition);
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }, SLOW);
    }
}
