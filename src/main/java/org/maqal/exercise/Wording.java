package org.maqal.exercise;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.maqal.model.Instructions;
import org.maqal.model.Language;
import org.maqal.text.Numerals;

/**
 * The words a generator writes for people (prompts, instructions, teacher guidance, skip notes), read
 * from the resource bundle {@code wording} of the generator's package, one file per language
 * ({@code wording_ar.properties}, {@code wording_en.properties}, UTF-8). Placeholders are {@code {0}},
 * {@code {1}}…, replaced as they are (no {@link java.text.MessageFormat} quoting rules), whole numbers
 * ({@code int}, {@code long}) in the language's digits ({@link Numerals}). Immutable and thread-safe.
 */
public final class Wording {
    private final ResourceBundle arabic;
    private final ResourceBundle english;
    private final Language language;

    private Wording(ResourceBundle arabic, ResourceBundle english, Language language) {
        this.arabic = arabic;
        this.english = english;
        this.language = language;
    }

    /**
     * The wording of the package {@code owner} belongs to, written in {@code language}.
     *
     * @throws MissingResourceException when the package has no {@code wording} bundle for both languages
     */
    public static Wording of(Class<?> owner, Language language) {
        String base = owner.getPackageName() + ".wording";
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = owner.getClassLoader();
        return new Wording(ResourceBundle.getBundle(base, Locale.forLanguageTag("ar"), loader, exact),
                ResourceBundle.getBundle(base, Locale.ENGLISH, loader, exact), language);
    }

    /** The language texts are written in. */
    public Language language() {
        return language;
    }

    /** The text under {@code key} in the lesson's language, its placeholders filled in order. */
    public String text(String key, Object... args) {
        return fill((language == Language.AR ? arabic : english).getString(key), language, args);
    }

    /** Whether the bundle has a text under {@code key}. */
    public boolean has(String key) {
        return (language == Language.AR ? arabic : english).containsKey(key);
    }

    /** Instructions in both languages from the texts under {@code key}. */
    public Instructions instructions(String key) {
        return new Instructions(arabic.getString(key), english.getString(key));
    }

    private static String fill(String pattern, Language language, Object... args) {
        String out = pattern;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            String text = arg instanceof Integer || arg instanceof Long ? Numerals.of(((Number) arg).longValue(), language) : String.valueOf(arg);
            out = out.replace("{" + i + "}", text);
        }
        return out;
    }
}
