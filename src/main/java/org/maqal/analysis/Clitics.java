package org.maqal.analysis;

import org.maqal.text.WordMemo;

import java.util.ArrayList;
import java.util.List;
import org.maqal.text.ArabicLetters;

/**
 * Readings of an Arabic word with its attached clitics taken off: the conjunctions و and ف, the
 * prepositions ب ل ك, and the article ال (with لل read as ل + ال). "وبالعراق" reads as itself,
 * "بالعراق" and "العراق"; "للحلف" as "الحلف". Works on normalised words
 * ({@link org.maqal.text.ArabicNormalizer#normalize}). Stateless and thread-safe.
 */
public final class Clitics {
    private static final int MIN_STEM = 2;

    private Clitics() {
    }

    /**
     * A word with some letters taken off its front.
     *
     * @param word            what is left, normalised
     * @param letters         how many letters of the written word were taken off
     * @param articleRestored whether ال was restored after ل (لل + word)
     * @param wordHash        {@code word.hashCode()}, kept beside the word so that a reading is told
     *                        from a name it is not without reading the word's characters
     */
    public record Reading(String word, int letters, boolean articleRestored, int wordHash) {
        public Reading(String word, int letters, boolean articleRestored) {
            this(word, letters, articleRestored, word.hashCode());
        }
    }

    /** The word itself first, then its readings without conjunction and preposition, shortest prefix first. */
    public static List<Reading> readings(String normal) {
        return MEMO.get(normal);
    }

    private static final WordMemo<List<Reading>> MEMO = WordMemo.of(Clitics::compute);

    private static List<Reading> compute(String normal) {
        List<Reading> out = new ArrayList<>(6);
        out.add(new Reading(normal, 0, false));
        addPreposition(normal, 0, out);
        if (normal.length() > MIN_STEM + 1 && (normal.charAt(0) == 'و' || normal.charAt(0) == 'ف')) {
            String rest = normal.substring(1);
            out.add(new Reading(rest, 1, false));
            addPreposition(rest, 1, out);
        }
        return List.copyOf(out);
    }

    private static void addPreposition(String word, int removed, List<Reading> out) {
        if (word.length() <= MIN_STEM + 1) return;
        char first = word.charAt(0);
        if (first != 'ب' && first != 'ل' && first != 'ك') return;
        String rest = word.substring(1);
        out.add(new Reading(rest, removed + 1, false));
        if (first == 'ل' && rest.charAt(0) == 'ل') out.add(new Reading("ا" + rest, removed + 1, true));
    }

    /** Whether a normalised word begins with the article ال (and is more than the article). */
    public static boolean hasArticle(String normal) {
        return normal.length() > 3 && normal.startsWith("ال");
    }

    /** The word without a leading article, or the word itself. */
    public static String withoutArticle(String normal) {
        return hasArticle(normal) ? normal.substring(2) : normal;
    }

    /** Whether any reading of the word (after و ف ب ل ك) begins with the article: "والحكومة", "للحلف". */
    public static boolean isDefinite(String normal) {
        for (Reading r : readings(normal)) {
            if (hasArticle(r.word())) return true;
        }
        return false;
    }

    /** The reading with the conjunction و or ف taken off, or the word itself; worked out once per word. */
    public static Reading withoutConjunction(String normal) {
        return WITHOUT_CONJUNCTION.get(normal);
    }

    private static final WordMemo<Reading> WITHOUT_CONJUNCTION = WordMemo.of(Clitics::conjunctionOff);

    private static Reading conjunctionOff(String normal) {
        if (normal.length() > MIN_STEM + 1 && (normal.charAt(0) == 'و' || normal.charAt(0) == 'ف')) {
            return new Reading(normal.substring(1), 1, false);
        }
        return new Reading(normal, 0, false);
    }

    /** Whether a written word ends with teh marbuta (ة), diacritics aside: "لجنة", "نعمة". */
    public static boolean endsWithTehMarbuta(String written) {
        for (int i = written.length() - 1; i >= 0; i--) {
            char c = written.charAt(i);
            if (ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL) continue;
            return c == '\u0629';
        }
        return false;
    }

    /**
     * The index in a written word just after its first {@code letters} letters (with the diacritics
     * and tatweel that follow them), so that a span can start after an attached prefix.
     */
    public static int offsetAfterLetters(String written, int letters) {
        int i = 0;
        int seen = 0;
        while (i < written.length() && seen < letters) {
            if (!ArabicLetters.isDiacritic(written.charAt(i)) && written.charAt(i) != ArabicLetters.TATWEEL) seen++;
            i++;
        }
        while (i < written.length() && (ArabicLetters.isDiacritic(written.charAt(i)) || written.charAt(i) == ArabicLetters.TATWEEL)) {
            i++;
        }
        return i;
    }
}
