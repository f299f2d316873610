package org.maqal.text;

/**
 * Normalises Arabic for matching, never for display: removes diacritics, tatweel and joiners,
 * unifies alef forms (أ إ آ ٱ → ا), writes alef maqsura as yeh (ى → ي), a final teh marbuta as
 * heh (ة → ه), Arabic-Indic digits as ASCII digits, and Latin letters in lower case.
 * Thread-safe; stateless.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    /** The normalised form of a word or a text; its length may differ from the input's. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL
                    || c == ArabicLetters.ZWNJ || c == ArabicLetters.ZWJ) {
                continue;
            }
            out.append(fold(c));
        }
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\u0629' && (i + 1 == out.length() || !ArabicLetters.isLetter(out.charAt(i + 1)))) {
                out.setCharAt(i, '\u0647');
            }
        }
        return out.toString();
    }

    /**
     * The last character of the normalised form of {@code text} between {@code start} and
     * {@code end}, or 0 when that form is empty; read from the end without making the form.
     */
    public static char lastChar(CharSequence text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL || c == ArabicLetters.ZWNJ || c == ArabicLetters.ZWJ) continue;
            char folded = fold(c);
            return folded == '\u0629' ? '\u0647' : folded;
        }
        return 0;
    }

    /** The normalised form of one character, ignoring position. */
    static char fold(char c) {
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> {
                return '\u0627';
            }
            case '\u0649' -> {
                return '\u064A';
            }
            default -> {
                if (ArabicLetters.isArabicDigit(c)) return (char) ('0' + ArabicLetters.digitValue(c));
                if (c >= 'A' && c <= 'Z') return (char) (c + ('a' - 'A'));
                return c;
            }
        }
    }

    /** Whether two words are the same once normalised. */
    public static boolean sameWord(CharSequence a, CharSequence b) {
        return normalize(a).equals(normalize(b));
    }
}
