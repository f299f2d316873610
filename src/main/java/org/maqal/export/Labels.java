package org.maqal.export;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.maqal.model.Language;
import org.maqal.text.Numerals;

/**
 * The words exported documents add around a lesson (headings, "Name", "Answer", "True"…) in the
 * lesson's language, from the resource bundle {@code org/maqal/export/Labels}, with the digits and
 * choice letters that language uses: Arabic-Indic digits (١٢٣) and أ ب ج for Arabic, 123 and a b c
 * for English. Immutable; thread-safe.
 */
public final class Labels {
    private static final List<String> ARABIC_LETTERS =
            List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر");

    private final Language language;
    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Language language) {
        this.language = language;
        this.locale = language == Language.AR ? Locale.forLanguageTag("ar") : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("org.maqal.export.Labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The labels of a language. */
    public static Labels of(Language language) {
        return new Labels(Objects.requireNonNull(language, "language"));
    }

    public Language language() {
        return language;
    }

    /** Whether the language is written right to left. */
    public boolean rightToLeft() {
        return language == Language.AR;
    }

    /** The label for a key. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no export label \"" + key + "\" for " + language, e);
        }
    }

    /** The label for a key with its {@code {0}}, {@code {1}}… filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A whole number in the language's digits: {@code ١٢} or {@code 12}. */
    public String number(long n) {
        return Numerals.of(n, language);
    }

    /** The letter of the choice at an index from 0: أ, ب, ج… or a, b, c…; numbers past the alphabet. */
    public String letter(int index) {
        if (language == Language.AR) return index < ARABIC_LETTERS.size() ? ARABIC_LETTERS.get(index) : number(index + 1);
        return index < 26 ? String.valueOf((char) ('a' + index)) : number(index + 1);
    }
}
