package org.maqal.corpus;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from what people write, safe on Windows, macOS and Linux and on a FAT USB stick,
 * in two styles: {@link #titleStem} keeps a title readable (spaces, dots and dashes stay, so
 * "الدرس الأول - 2024.worksheet.docx"), {@link #dashedStem} makes a compact part of a name from a
 * person's name, a class or an id (words joined by single dashes, so "ليلى-حسن_10A.work.json").
 * Both keep letters of any script (Arabic too) and digits, are in NFC, cut at a character boundary
 * (never inside a surrogate pair or before a combining mark; a title stem at a word boundary), and
 * mark the names Windows reserves for devices ({@code CON}, {@code NUL}, {@code COM1}…) in any case.
 * Stateless.
 */
public final class FileNames {
    /** The most characters a title stem keeps. */
    public static final int MAX_CHARS = 80;
    /** The most UTF-8 bytes a title stem keeps, leaving room for suffixes within the common 255-byte limit. */
    public static final int MAX_BYTES = 160;
    /** The most characters a dashed stem keeps. */
    public static final int MAX_DASHED = 40;

    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The longest last word a title cut short may not end on ("and", "of", "في", "و4"). */
    private static final int DANGLING_LENGTH = 3;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$");
    private static final Pattern RESERVED_NUMBERED = Pattern.compile("(COM|LPT)[0-9¹²³]");

    private FileNames() {
    }

    /**
     * A readable file-name stem for a title: path separators, the characters Windows forbids
     * ({@code < > : " / \ | ? *}), control and direction-mark characters become spaces; runs of spaces
     * collapse; leading dots and spaces and trailing dots and spaces go; a device name gets an
     * underscore; at most {@value #MAX_CHARS} characters and {@value #MAX_BYTES} UTF-8 bytes, a longer
     * title cut at the last space that fits so no word is cut in half (only a word longer than half
     * the limits is cut at a character boundary), and not ending on a short joining word or a dash.
     *
     * @return the stem, or {@code "lesson"} when nothing of the title is left
     */
    public static String titleStem(String title) {
        String s = UNSAFE.matcher(nfc(title)).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        s = trimDotsAndSpaces(cutAtWord(trimDotsAndSpaces(s), MAX_CHARS));
        if (s.isEmpty()) return "lesson";
        return reserved(s.split("\\.", 2)[0].strip()) ? s + "_" : s;
    }

    /**
     * A compact part of a file name for what a person typed: letters, digits and combining marks stay,
     * each run of spaces, dots, dashes and underscores becomes one dash, everything else (slashes,
     * colons, quotes, direction marks) is dropped; no dash at either end; a device name gets a dash;
     * at most {@value #MAX_DASHED} characters.
     *
     * @return the part, or {@code fallback} when nothing of the text is left
     */
    public static String dashedStem(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        nfc(text).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(c);
            } else if ((Character.isWhitespace(c) || c == '-' || c == '_' || c == '.')
                    && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String s = cut(out.toString(), MAX_DASHED);
        while (s.endsWith("-")) s = s.substring(0, s.length() - 1);
        if (s.isEmpty()) return fallback;
        return reserved(s) ? s + "-" : s;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }

    /** Whether Windows reserves the name for a device, in any case. */
    static boolean reserved(String stem) {
        String device = stem.toUpperCase(Locale.ROOT);
        return RESERVED.contains(device) || RESERVED_NUMBERED.matcher(device).matches();
    }

    private static String trimDotsAndSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || s.charAt(from) == ' ')) from++;
        while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) to--;
        return s.substring(from, to);
    }

    /**
     * The longest start of the text within the limits that ends at the end of a word, so a long
     * title keeps whole words; the start cut at a character boundary only when whole words would
     * keep less than half of what fits (one word longer than the limits). A title cut short does
     * not end on what only makes sense with what was cut (a dash, a short joining word or number:
     * "Comparing sources: … and 1 more" does not become "… and 1"; a year stays), as long as at
     * least half of what fits is kept.
     */
    private static String cutAtWord(String s, int maxChars) {
        String start = cut(s, maxChars);
        if (start.length() == s.length()) return start;
        int half = start.length() / 2;
        if (s.charAt(start.length()) != ' ') {
            int space = start.lastIndexOf(' ');
            if (space < half) return start;
            start = start.substring(0, space);
        }
        while (true) {
            int space = start.lastIndexOf(' ');
            if (space < half || !dangling(start.substring(space + 1))) return start;
            start = start.substring(0, space);
        }
    }

    /** Whether a last word says little alone: three characters or fewer ("and", "1", "في"), or no letter or digit ("-"). */
    private static boolean dangling(String word) {
        return word.codePointCount(0, word.length()) <= DANGLING_LENGTH || word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * The longest start of the text of at most {@code maxChars} characters and {@link #MAX_BYTES}
     * UTF-8 bytes, cut at a character boundary and not before a combining mark.
     */
    private static String cut(String s, int maxChars) {
        int end = 0;
        int chars = 0;
        int bytes = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (chars + 1 > maxChars || bytes + size > MAX_BYTES) break;
            chars++;
            bytes += size;
            end += Character.charCount(cp);
        }
        if (end == s.length()) return s;
        while (end > 0 && Character.getType(s.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end);
    }
}
