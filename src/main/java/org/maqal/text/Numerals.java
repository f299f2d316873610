package org.maqal.text;

import java.util.Objects;
import org.maqal.model.Language;

/**
 * Digits as a lesson writes them: Arabic-Indic (٠١٢…٩) in an Arabic lesson, Western (0-9) in an
 * English one, and back to Western digits for code that reads them. Only the numbers Maqal writes
 * itself (row numbers, "المقال ٢", "#٣") go through here; text quoted from an article keeps its own
 * digits. Stateless; thread-safe.
 */
public final class Numerals {
    private Numerals() {
    }

    /**
     * A whole number in the language's digits: {@code ١٢} for Arabic, {@code 12} for English; a
     * negative number keeps its minus sign.
     *
     * @throws NullPointerException when the language is null
     */
    public static String of(long n, Language language) {
        Objects.requireNonNull(language, "language");
        String western = Long.toString(n);
        return language == Language.AR ? indic(western) : western;
    }

    /** The text with its Western digits written as Arabic-Indic ones; every other character as it is. */
    public static String indic(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * The text with its Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits written as Western
     * ones; every other character as it is. For reading back a number in either script.
     */
    public static String western(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(ArabicLetters.isArabicDigit(c) ? (char) ('0' + ArabicLetters.digitValue(c)) : c);
        }
        return out.toString();
    }
}
