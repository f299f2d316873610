package org.maqal.export.docx;

/**
 * How a run of text looks: sizes in half-points, Latin and Arabic apart (Arabic letters look
 * smaller than Latin ones at one size, so Arabic runs are set a little larger), weight, slant,
 * colour.
 */
record Style(int size, int arabicSize, boolean bold, boolean italic, String color, boolean superscript) {
    static final Style BODY = new Style(24, 28, false, false, null, false);
    static final Style STRONG = new Style(24, 28, true, false, null, false);
    static final Style TITLE = new Style(34, 40, true, false, null, false);
    static final Style HEADING = new Style(27, 32, true, false, "1F3864", false);
    static final Style INSTRUCTIONS = new Style(22, 27, false, true, "404040", false);
    static final Style TABLE = new Style(20, 23, false, false, null, false);
    static final Style TABLE_HEADER = new Style(20, 23, true, false, null, false);
    /** Table text a size smaller, for a sheet with many columns. */
    static final Style TABLE_SMALL = new Style(17, 19, false, false, null, false);
    static final Style SMALL = new Style(19, 22, false, false, "404040", false);
    static final Style NOTE = new Style(20, 23, false, true, "595959", false);
    static final Style MARKER = new Style(18, 22, true, false, "2F5496", false);

    Style asBold() {
        return new Style(size, arabicSize, true, italic, color, superscript);
    }

    Style colored(String newColor) {
        return new Style(size, arabicSize, bold, italic, newColor, superscript);
    }
}
