package org.maqal.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts in one language, from the bundle {@code org/maqal/ui/messages*.properties}
 * (UTF-8). A key the bundle lacks comes back as the key itself, so a gap shows rather than fails.
 */
public final class Texts {
    /** The bundle that holds every text of the window. */
    public static final String BUNDLE = "org.maqal.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for a language code, {@code en} or {@code ar}. */
    public static Texts of(String languageCode) {
        return new Texts("ar".equals(languageCode) ? Locale.forLanguageTag("ar") : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the texts read right to left. */
    public boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    /** The text for a key, with {@code {0}}, {@code {1}}… filled from the arguments when there are any. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Whether the bundle has a text for the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
