package org.maqal.corpus;

import java.util.Locale;
import org.maqal.text.ArabicLetters;

/**
 * Refuses decoded text that cannot be an Arabic article: blank text, text whose Arabic letters
 * were lost on the way (rows of {@code ?} or U+FFFD), Arabic decoded in the wrong encoding
 * ({@code Ø§Ù„…}), and text with no or hardly any Arabic letters. Stateless.
 */
final class ArabicContentCheck {
    /** The least share of Arabic among the letters of an article, in percent. */
    static final int MIN_ARABIC_PERCENT = 30;

    private ArabicContentCheck() {
    }

    /**
     * Returns the text when it can be an Arabic article.
     *
     * @param name the file name, for the message
     * @throws CorpusException saying in one sentence what is wrong and what to do
     */
    static String require(String text, String name) throws CorpusException {
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw new CorpusException(ImportProblem.EMPTY, name, "The file " + name + " holds only blank space; choose the file that holds the article's text.");
        }
        int arabic = 0;
        int letters = 0;
        int mojibake = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicLetters.isLetter(c)) arabic++;
            if (Character.isLetter(c) && c != ArabicLetters.TATWEEL) letters++;
            if (c == 'Ø' || c == 'Ù' || c == 'Ú' || c == 'Û') mojibake++;
        }
        if (lostLetters(text)) {
            throw new CorpusException(ImportProblem.LETTERS_LOST, name, "The file " + name + " has question marks where the Arabic letters should be, so they were"
                    + " lost when it was saved; save it again from the original as UTF-8.");
        }
        if (arabic == 0 && mojibake * 5 >= letters && mojibake > 0) {
            throw new CorpusException(ImportProblem.WRONG_ENCODING, name, "The file " + name + " holds Arabic that was converted to the wrong encoding (it reads"
                    + " like \"Ø§Ù„\"); save it again from the original as UTF-8.");
        }
        if (arabic == 0) {
            throw new CorpusException(ImportProblem.NO_ARABIC, name, "The file " + name + " holds no Arabic letters; Maqal imports articles in Arabic.");
        }
        if (arabic * 100L < (long) letters * MIN_ARABIC_PERCENT) {
            long percent = arabic * 100L / letters;
            throw new CorpusException(ImportProblem.MOSTLY_NOT_ARABIC, name, Long.toString(percent), String.format(Locale.ROOT,
                    "The file %s is mostly not in Arabic (only %d%% of its letters are Arabic); Maqal imports articles in Arabic.",
                    name, percent), null);
        }
        return text;
    }

    /** Whether a character belongs to the Arabic script blocks (letters, marks, tatweel, digits, presentation forms). */
    static boolean isArabicScript(int c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }

    /**
     * Whether words of only {@code ?} or U+FFFD make up a fifth or more of the words that hold letters.
     * A word is what lies between white space, less the quotation marks and brackets around it and
     * the punctuation after it. One pass over the text, so a 20 MB article costs no more than reading it.
     */
    private static boolean lostLetters(String text) {
        int lost = 0;
        int wordy = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) i++;
            int end = i;
            while (start < end && isOpening(text.charAt(start))) start++;
            while (end > start && isClosing(text.charAt(end - 1))) end--;
            if (end - start >= 2 && onlyLost(text, start, end)) {
                lost++;
            } else if (hasLetter(text, start, end)) {
                wordy++;
            }
        }
        return lost >= 2 && lost * 5 >= lost + wordy;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '«';
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || "\"'».,،:؛!".indexOf(c) >= 0;
    }

    private static boolean onlyLost(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '?' && c != '\uFFFD') return false;
        }
        return true;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }
}
