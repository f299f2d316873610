package org.maqal.lesson.student;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from what people type (a name, a class, a lesson id), safe on Windows, macOS and
 * Linux and on a USB stick: letters of any script and digits are kept, spaces, dots, dashes and
 * underscores become one dash, everything else (slashes, colons, quotes, direction marks) is dropped,
 * and the result is at most {@value #MAX} characters. Stateless.
 */
public final class FileNames {
    static final int MAX = 40;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /** The text made safe as part of a file name, or {@code fallback} when nothing of it is left. */
    public static String safe(String text, String fallback) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        nfc.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(c);
            } else if ((Character.isWhitespace(c) || c == '-' || c == '_' || c == '.')
                    && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String safe = out.toString();
        if (safe.codePointCount(0, safe.length()) > MAX) safe = safe.substring(0, safe.offsetByCodePoints(0, MAX));
        while (safe.endsWith("-")) safe = safe.substring(0, safe.length() - 1);
        if (safe.isEmpty()) return fallback;
        return RESERVED.contains(safe.toLowerCase(Locale.ROOT)) ? safe + "-" : safe;
    }
}
