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

    /**
     * Presses a button on the Swing thread, as its mnemonic or the Enter key would. Used where a robot's
     * mouse click can land while a dialog is still being laid out on a slow machine and go nowhere.
     */
    static void press(javax.swing.AbstractButton button) {
        GuiActionRunner.execute(() -> {
            pressable(button);
            button.doClick();
        });
    }

    /**
     * Presses a button or menu item that opens a modal dialog: later on the Swing thread, so that the
     * test goes on and can answer the dialog (pressing it now would wait until the dialog closed).
     */
    static void pressLater(javax.swing.AbstractButton button) {
        GuiActionRunner.execute(() -> pressable(button));
        javax.swing.SwingUtilities.invokeLater(button::doClick);
    }

    /** Fails plainly for a button a user could not press, instead of the test timing out later. */
    private static void pressable(javax.swing.AbstractButton button) {
        if (!button.isEnabled()) throw new IllegalStateException("Not enabled: " + button.getName());
        // a menu item is pressed with its menu closed, as its keyboard shortcut would press it
        if (!(button instanceof javax.swing.JMenuItem) && !button.isShowing()) {
            throw new IllegalStateException("Not showing: " + button.getName());
        }
    }

    /**
     * Chooses a file or folder in an open file chooser and approves it, on the Swing thread. A robot's
     * way (set the folder, select, click approve) races the chooser's own loading of the folder on a
     * slow machine, which can undo the selection so that the click approves nothing and the chooser
     * stays open.
     */
    static void approve(org.assertj.swing.fixture.JFileChooserFixture chooser, java.nio.file.Path file) {
        GuiActionRunner.execute(() -> {
            chooser.target().setCurrentDirectory(file.toAbsolutePath().getParent().toFile());
            chooser.target().setSelectedFile(file.toFile());
            chooser.target().approveSelection();
        });
    }

    /** Asks a window to close, on the Swing thread, as its close box would. */
    static void close(java.awt.Window window) {
        GuiActionRunner.execute(() -> window.dispatchEvent(
                new java.awt.event.WindowEvent(window, java.awt.event.WindowEvent.WINDOW_CLOSING)));
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
