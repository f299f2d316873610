package org.maqal.export;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into runs of one direction, as the Unicode bidirectional algorithm resolves them in a
 * paragraph of a given direction, so that a Word document can mark exactly the right-to-left runs
 * with {@code w:rtl} and leave numbers, dates and Latin words in runs of their own without it. Word,
 * LibreOffice and browsers then agree on the order of every character: a number reads left to
 * right, and in an Arabic line the words, numbers and ranges around it follow in Arabic order
 * ({@code 2004 - 2011} keeps 2004 first for a reader going right to left). Dates written with
 * hyphens need a left-to-right mark to stay as written ({@link #markDates}). Stateless.
 */
public final class BidiText {
    /** U+200E LEFT-TO-RIGHT MARK. */
    public static final char LRM = '\u200E';
    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("(?<![0-9\u200E])([12][0-9]{3}-[01]?[0-9](?:-[0-3]?[0-9])?)(?![0-9])");
    /**
     * One run of text.
     *
     * @param text        the characters, as written
     * @param rightToLeft whether they read right to left
     */
    public record Run(String text, boolean rightToLeft) {
    }

    private BidiText() {
    }

    /**
     * Whether a text reads right to left: its first letter of a strong direction is Arabic (or
     * Hebrew). Digits do not decide, as in the Unicode bidirectional algorithm.
     */
    public static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether a text holds any letter of a strong direction, Arabic or Latin. */
    public static boolean hasLetters(String text) {
        return text.codePoints().map(Character::getDirectionality).anyMatch(d -> d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /**
     * The text with a left-to-right mark before each date written as digits and hyphens
     * ({@code 2021-03}, {@code 2021-03-18}). After Arabic letters the algorithm would treat the parts
     * of such a date as Arabic numbers and show {@code 03-2021}; the mark keeps it as written.
     */
    public static String markDates(String text) {
        return ISO_DATE.matcher(text).replaceAll(LRM + "$1");
    }

    /** The runs of a text in a paragraph of the given direction, in logical order. */
    public static List<Run> runs(String text, boolean rightToLeftParagraph) {
        List<Run> runs = new ArrayList<>();
        if (text.isEmpty()) return runs;
        Bidi bidi = new Bidi(text, rightToLeftParagraph ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int start = 0;
        boolean rtl = (bidi.getLevelAt(0) & 1) == 1;
        for (int i = 1; i <= text.length(); i++) {
            boolean here = i < text.length() && (bidi.getLevelAt(i) & 1) == 1;
            if (i == text.length() || here != rtl) {
                runs.add(new Run(text.substring(start, i), rtl));
                start = i;
                rtl = here;
            }
        }
        return runs;
    }
}
