package org.maqal.analysis;

import java.util.regex.Pattern;

/**
 * Small operations on written names and phrases that several finders share, with their patterns
 * compiled once. Stateless; thread-safe.
 */
final class Words {
    private static final Pattern QUOTES = Pattern.compile("[\"«»“”]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Words() {
    }

    /** A phrase as written without quotation marks, its blanks made single spaces, trimmed. */
    static String plain(String written) {
        return BLANKS.matcher(QUOTES.matcher(written).replaceAll("")).replaceAll(" ").strip();
    }

    /** The words of a phrase, split at blanks as {@code phrase.split("\\s+")} does. */
    static String[] split(String phrase) {
        return BLANKS.split(phrase);
    }

    /** The first word of a phrase, as {@code phrase.split("\\s+")[0]} gives it. */
    static String first(String phrase) {
        return BLANKS.split(phrase)[0];
    }

    /** Where a word is among the first {@code size} of {@code words}, or -1: for the few words of one article, where a set costs more than it saves. */
    static int indexOf(String[] words, int size, String word) {
        for (int k = 0; k < size; k++) if (words[k].equals(word)) return k;
        return -1;
    }
}
