package org.maqal.analysis;

import java.util.Optional;
import org.maqal.text.ArabicLetters;
import org.maqal.text.WordMemo;

/**
 * Reads a number written in digits: ASCII (0-9), Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹),
 * with a decimal point ({@code .} or the Arabic decimal separator {@code ٫}) and thousands
 * separators ({@code ٬} or {@code ,} when groups of exactly three digits follow it; otherwise either
 * is a decimal comma, as writers use them: {@code 17,5}, {@code ١٥٬٣}). Refuses anything else, including two decimal points
 * ({@code 12.03.2024}). Stateless; thread-safe.
 */
public final class Digits {
    private Digits() {
    }

    /**
     * A number read from digits.
     *
     * @param value          its value
     * @param integerDigits  how many digits come before the decimal point
     * @param decimal        whether it has a fractional part
     * @param grouped        whether thousands separators were written
     * @param leadingZero    whether an integer part of two or more digits starts with 0 (phone and
     *                       code numbers: 021, 0770…)
     */
    public record Numeral(double value, int integerDigits, boolean decimal, boolean grouped, boolean leadingZero) {
        /** An integer written without separators, like a year or a code. */
        public boolean isPlainInteger() { return !decimal && !grouped; }
    }

    /** Whether a text starts with a digit, as everything {@link #parse} reads does. */
    public static boolean startsWithDigit(CharSequence s) {
        return s.length() > 0 && ArabicLetters.isDigit(s.charAt(0));
    }

    /** The number a token spells, or empty when it is not only digits and separators. */
    public static Optional<Numeral> parse(CharSequence s) {
        if (s.length() == 0 || !ArabicLetters.isDigit(s.charAt(0)) || !ArabicLetters.isDigit(s.charAt(s.length() - 1))) {
            return Optional.empty();
        }
        return s instanceof String word ? READ.get(word) : read(s);
    }

    /** Numbers a corpus writes again and again (years, round counts) are read once. */
    private static final WordMemo<Optional<Numeral>> READ = WordMemo.of(Digits::read);

    private static Optional<Numeral> read(CharSequence s) {
        StringBuilder plain = new StringBuilder(s.length());
        int integerDigits = 0;
        boolean decimal = false;
        boolean grouped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicLetters.isDigit(c)) {
                plain.append((char) ('0' + ArabicLetters.digitValue(c)));
                if (!decimal) integerDigits++;
            } else if ((c == '٬' || c == ',') && isThousandsGroup(s, i)) {
                if (decimal) return Optional.empty();
                grouped = true;
            } else if (c == '.' || c == '٫' || c == ',' || c == '٬') {
                if (decimal) return Optional.empty();
                decimal = true;
                plain.append('.');
            } else {
                return Optional.empty();
            }
        }
        boolean leadingZero = integerDigits > 1 && plain.charAt(0) == '0';
        return Optional.of(new Numeral(Double.parseDouble(plain.toString()), integerDigits, decimal, grouped, leadingZero));
    }

    private static boolean isThousandsGroup(CharSequence s, int comma) {
        int digits = 0;
        int i = comma + 1;
        while (i < s.length() && ArabicLetters.isDigit(s.charAt(i))) {
            digits++;
            i++;
        }
        return digits == 3 && (i == s.length() || s.charAt(i) == s.charAt(comma));
    }
}
