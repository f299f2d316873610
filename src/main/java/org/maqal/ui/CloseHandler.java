package org.maqal.ui;

import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/**
 * Lets a window decide for itself what closing means (ask about unsaved work, cancel a task, save
 * what was typed): the close button no longer hides or disposes it, it calls the window's own close.
 */
final class CloseHandler {
    private CloseHandler() {
    }

    /** Makes the close button of {@code window} (a frame or a dialog) run {@code close} instead of closing it. */
    static void install(Window window, Runnable close) {
        if (window instanceof JFrame frame) frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        else if (window instanceof JDialog dialog) dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        else throw new IllegalArgumentException("only frames and dialogs have a close button");
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close.run();
            }
        });
    }
}
