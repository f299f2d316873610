package org.maqal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The form of an answer that marking compares: two answers a teacher of Arabic would accept as the
 * same have the same {@link #key key}. Beyond {@link ArabicNormalizer} (diacritics, tatweel, alef
 * forms, final ى/ي and ة/ه, Arabic-Indic digits), the key
 * <ul>
 *   <li>folds presentation forms and full-width letters (NFKC), Persian keheh and yeh (ک ی) and the
 *       hamza seats ؤ ئ to a bare hamza, so مسؤول and مسئول agree;</li>
 *   <li>drops punctuation (، ؛ ؟ « » " . and the like) and invisible direction marks, and folds
 *       runs of white space into one space; a decimal point between digits is kept (١٧٫٥ = 17.5) and
 *       a thousands separator between digits is dropped (4,000 = 4000);</li>
 *   <li>puts all Latin letters in lower case;</li>
 *   <li>with {@code articleOptional}, drops the definite article ال at the start of each word
 *       when at least two letters remain, so الحماية and حماية agree.</li>
 * </ul>
 * It does not forgive a missing or wrong letter, a missing hamza, or a prefix (وال، بال، لل).
 * Being a key rather than a comparison, it can be hashed (student copies store salted hashes of
 * keys). Thread-safe; stateless.
 */
public final class AnswerNormalizer {
    private static final char HAMZA = '\u0621';

    private AnswerNormalizer() {
    }

    /** The key of an answer; empty for null, blank or punctuation-only text. */
    public static String key(String answer, boolean articleOptional) {
        if (answer == null) return "";
        String folded = ArabicNormalizer.normalize(Normalizer.normalize(answer, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.FORMAT) continue;
            if (isPunctuation(c)) {
                numberSign(folded, i).ifPresentOrElse(out::append, () -> out.append(' '));
            } else {
                out.append(letter(c));
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : out.toString().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) continue;
            words.add(articleOptional ? withoutArticle(word) : word);
        }
        return String.join(" ", words);
    }

    /** Whether two answers have the same key. */
    public static boolean same(String a, String b, boolean articleOptional) {
        String key = key(a, articleOptional);
        return !key.isEmpty() && key.equals(key(b, articleOptional));
    }

    private static char letter(char c) {
        return switch (c) {
            case '\u0624', '\u0626' -> HAMZA;     // ؤ ئ
            case '\u06A9' -> '\u0643';            // ک
            case '\u06CC' -> '\u064A';            // ی
            case '\u066A' -> '%';                 // ٪
            default -> c;
        };
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> c != '%' && c != '\u066A';
            default -> false;
        };
    }

    /**
     * What a punctuation mark between two digits stands for: a decimal point ("."), or nothing for a
     * thousands separator followed by exactly three digits; empty when it is not between digits.
     */
    private static Optional<String> numberSign(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || !isDigit(text.charAt(i - 1)) || !isDigit(text.charAt(i + 1))) {
            return Optional.empty();
        }
        char c = text.charAt(i);
        if (c == '.' || c == '\u066B') return Optional.of(".");
        if (c == ',' || c == '\u066C') {
            int digits = 0;
            while (i + 1 + digits < text.length() && isDigit(text.charAt(i + 1 + digits))) digits++;
            return digits == 3 ? Optional.of("") : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String withoutArticle(String word) {
        if (word.startsWith("\u0627\u0644") && ArabicLetters.countLetters(word) >= 4) return word.substring(2);
        return word;
    }
}
