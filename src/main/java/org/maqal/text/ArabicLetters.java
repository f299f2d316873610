package org.maqal.text;

/** Character classes of Arabic script. Thread-safe; stateless. */
public final class ArabicLetters {
    public static final char TATWEEL = '\u0640';
    public static final char ZWNJ = '\u200C';
    public static final char ZWJ = '\u200D';

    private ArabicLetters() {
    }

    /** A base letter of the Arabic script (hamza, alef … yeh, and the extended letters). */
    public static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FC');
    }

    /** A vowel sign or other mark written over or under a letter (tashkeel). */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) digit. */
    public static boolean isArabicDigit(char c) {
        return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** Any decimal digit: ASCII, Arabic-Indic or Eastern Arabic-Indic. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || isArabicDigit(c);
    }

    /** The value 0-9 of a digit accepted by {@link #isDigit}. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
        if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
        throw new IllegalArgumentException("Not a digit: " + c);
    }

    /** A character that belongs inside an Arabic word: a letter, a diacritic, tatweel or a joiner. */
    public static boolean isWordPart(char c) {
        return isLetter(c) || isDiacritic(c) || c == TATWEEL || c == ZWNJ || c == ZWJ;
    }

    /** Counts Arabic base letters in a text. */
    public static int countLetters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLetter(text.charAt(i))) n++;
        }
        return n;
    }
}
