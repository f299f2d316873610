package org.maqal.analysis;

/**
 * What a word can start, as bits (seven, so that a token's fit in a byte): which of the date and
 * quantity patterns may match from a token with this normal form. Each bit is what one pattern needs
 * of its first token, so a pattern whose bit is clear cannot match there and is not tried. Worked out
 * once per distinct word ({@link FigureExtractor#starts}); 0 means that no figure starts at the word.
 */
final class FigureStart {
    /** Digits first: a date in numbers ("12/03/2024"), a day before its month, a year. */
    static final int DIGITS = 1;
    /** An ordinal day before من and its month: "الأول من تشرين الثاني". */
    static final int ORDINAL_DAY = 1 << 1;
    /** A month's name, before its year: "سبتمبر 2025". */
    static final int MONTH = 1 << 2;
    /** A word for year before one: "عام 2004". */
    static final int YEAR_WORD = 1 << 3;
    /** A number phrase: digits, a number word or a scale ("مليون دولار"). */
    static final int NUMBER = 1 << 4;
    /** A unit of time or of people before its number: "السنوات السبع", "يوم واحد". */
    static final int UNIT_FIRST = 1 << 5;
    /** A dual that is two of a length of time: "يومين". */
    static final int DUAL = 1 << 6;

    private FigureStart() {
    }

    /** Whether {@code starts} has any of {@code bits}. */
    static boolean any(int starts, int bits) {
        return (starts & bits) != 0;
    }
}
