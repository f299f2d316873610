package org.maqal.ui;

import java.awt.Frame;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.Settings;
import org.maqal.app.Texts;

/** Interface language, theme and text size; remembered through {@link Settings}. */
final class SettingsDialog extends JDialog {
    private final Settings settings;
    private final JRadioButton english = new JRadioButton();
    private final JRadioButton arabic = new JRadioButton();
    private final JRadioButton light = new JRadioButton();
    private final JRadioButton dark = new JRadioButton();
    private final JSpinner textSize;
    private boolean rebuild;

    SettingsDialog(Frame owner, Settings settings, Texts texts) {
        super(owner, texts.get("settings.title"), true);
        this.settings = settings;
        setName("settingsDialog");
        textSize = new JSpinner(new SpinnerNumberModel(settings.textSize(), Settings.MIN_TEXT_SIZE, Settings.MAX_TEXT_SIZE, 1));
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[][grow]"));
        english.setText(texts.get("settings.language.en"));
        english.setName("languageEnglish");
        arabic.setText(texts.get("settings.language.ar"));
        arabic.setName("languageArabic");
        group(english, arabic);
        english.setSelected(settings.language().equals("en"));
        arabic.setSelected(settings.language().equals("ar"));
        add(new JLabel(texts.get("settings.language")));
        add(english, "split 2");
        add(arabic);
        light.setText(texts.get("settings.theme.LIGHT"));
        light.setName("themeLight");
        dark.setText(texts.get("settings.theme.DARK"));
        dark.setName("themeDark");
        group(light, dark);
        light.setSelected(settings.theme() == Settings.Theme.LIGHT);
        dark.setSelected(settings.theme() == Settings.Theme.DARK);
        add(new JLabel(texts.get("settings.theme")));
        add(light, "split 2");
        add(dark);
        textSize.setName("textSizeSpinner");
        add(new JLabel(texts.get("settings.textSize")));
        add(textSize, "wmin 70");
        JButton ok = new JButton(texts.get("settings.ok"));
        ok.setName("settingsOk");
        ok.addActionListener(e -> ok());
        JButton cancel = new JButton(texts.get("settings.cancel"));
        cancel.setName("settingsCancel");
        cancel.addActionListener(e -> dispose());
        add(ok, "span 2, split 2, tag ok, gaptop 12");
        add(cancel, "tag cancel");
        getRootPane().setDefaultButton(ok);
        Orientation.apply(this, texts.rightToLeft());
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog; true when the language or theme changed, so the window must be built again. */
    boolean ask() {
        setVisible(true);
        return rebuild;
    }

    private void ok() {
        String language = arabic.isSelected() ? "ar" : "en";
        Settings.Theme theme = dark.isSelected() ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        rebuild = !language.equals(settings.language()) || theme != settings.theme();
        settings.setTextSize((Integer) textSize.getValue());
        settings.setTheme(theme);
        settings.setLanguage(language);
        dispose();
    }

    private static void group(JRadioButton a, JRadioButton b) {
        ButtonGroup g = new ButtonGroup();
        g.add(a);
        g.add(b);
    }
}
