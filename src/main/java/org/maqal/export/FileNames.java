package org.maqal.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from lesson titles that every system accepts: Windows, macOS and Linux, FAT
 * USB sticks included. Letters of any script (Arabic too) and digits are kept; path separators,
 * the characters Windows forbids ({@code < > : " / \ | ? *}), control and direction-mark
 * characters become spaces; runs of spaces collapse; leading dots and spaces and trailing dots and
 * spaces go; names Windows reserves ({@code CON}, {@code NUL}, {@code COM1}…) get an underscore;
 * the stem is cut to {@value #MAX_CHARS} characters and {@value #MAX_BYTES} UTF-8 bytes at a
 * character boundary. Stateless.
 */
public final class FileNames {
    /** The most characters a stem keeps. */
    public static final int MAX_CHARS = 80;
    /** The most UTF-8 bytes a stem keeps, leaving room for suffixes within the common 255-byte limit. */
    public static final int MAX_BYTES = 160;

    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$");
    private static final Pattern RESERVED_NUMBERED = Pattern.compile("(COM|LPT)[0-9¹²³]");

    private FileNames() {
    }

    /** A safe file-name stem for a title; {@code "lesson"} when nothing of the title is left. */
    public static String stem(String title) {
        String s = Normalizer.normalize(Objects.requireNonNullElse(title, ""), Normalizer.Form.NFC);
        s = UNSAFE.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        s = trim(s);
        s = cut(s);
        if (s.isEmpty()) return "lesson";
        String device = s.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(device) || RESERVED_NUMBERED.matcher(device).matches()) s = s + "_";
        return s;
    }

    /** The stem of a title followed by a suffix such as {@code ".worksheet.docx"}. */
    public static String of(String title, String suffix) {
        return stem(title) + suffix;
    }

    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || s.charAt(from) == ' ')) from++;
        while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) to--;
        return s.substring(from, to);
    }

    /** Cuts at a character boundary (never inside a surrogate pair or before a combining mark). */
    private static String cut(String s) {
        int end = 0;
        int chars = 0;
        int bytes = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (chars + 1 > MAX_CHARS || bytes + size > MAX_BYTES) break;
            chars++;
            bytes += size;
            end += Character.charCount(cp);
        }
        if (end < s.length()) {
            while (end > 0 && Character.getType(s.codePointAt(end)) == Character.NON_SPACING_MARK) {
                end = s.offsetByCodePoints(end, -1);
            }
            return trim(s.substring(0, end));
        }
        return s;
    }
}
