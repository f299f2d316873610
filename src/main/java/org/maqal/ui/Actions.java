package org.maqal.ui;

import java.awt.event.ActionEvent;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import org.maqal.app.Texts;

/** Builds the window's actions: name, tooltip, shortcut and icon from the bundle and the icon folder. */
final class Actions {
    private Actions() {
    }

    /**
     * An action named by {@code action.KEY} (tooltip {@code action.KEY.tip} if there is one).
     *
     * @param shortcut a key stroke such as {@code "ctrl O"} (Cmd on macOS), or null
     * @param icon     an icon name, or null
     */
    static Action of(Texts texts, String key, String shortcut, String icon, Runnable run) {
        Action action = new AbstractAction(texts.get("action." + key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        action.putValue(Action.ACTION_COMMAND_KEY, key);
        if (texts.has("action." + key + ".tip")) action.putValue(Action.SHORT_DESCRIPTION, texts.get("action." + key + ".tip"));
        if (shortcut != null) action.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(menuShortcut(shortcut)));
        if (icon != null) action.putValue(Action.SMALL_ICON, Icons.of(icon));
        return action;
    }

    private static String menuShortcut(String stroke) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        return mac ? stroke.replace("ctrl", "meta") : stroke;
    }
}
