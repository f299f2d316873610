package org.maqal.ui;

import java.awt.Font;
import java.util.List;
import java.util.Locale;

/**
 * Picks fonts that show Arabic and Latin letters and digits alike (no boxes): the first installed of a
 * few families known to hold both, tested on a sample, else the logical "Dialog" font, which falls
 * back through the system's fonts. Chosen once per run.
 */
final class Fonts {
    /** A sample of what Maqal shows: Arabic with diacritics, Latin, both kinds of digits, punctuation. */
    static final String SAMPLE = "مقالٌ «الناتو» Maqal NATO 2024 ٢٠٢٤ – ؟،";
    private static final List<String> READING = List.of("Noto Naskh Arabic UI", "Noto Naskh Arabic", "Amiri",
            "Segoe UI", "Geeza Pro", "Tahoma", "DejaVu Sans");
    private static final List<String> INTERFACE = List.of("Noto Sans Arabic UI", "Segoe UI", "Tahoma", "DejaVu Sans",
            "Noto Sans Arabic");

    /** The chosen families, found on first use (looking fonts up is slow, so it is done once). */
    private static final class Chosen {
        static final String READING_FAMILY = first(READING);
        static final String INTERFACE_FAMILY = first(INTERFACE);
    }

    private Fonts() {
    }

    /** The font for reading articles, at a size. */
    static Font reading(int size) {
        return new Font(Chosen.READING_FAMILY, Font.PLAIN, size);
    }

    /** The family for the whole interface. */
    static String interfaceFamily() {
        return Chosen.INTERFACE_FAMILY;
    }

    /** The first family that is installed (not replaced by a fallback) and shows the whole sample. */
    private static String first(List<String> families) {
        for (String family : families) {
            Font font = new Font(family, Font.PLAIN, 12);
            if (font.getFamily(Locale.ENGLISH).equalsIgnoreCase(family) && font.canDisplayUpTo(SAMPLE) < 0) return family;
        }
        return Font.DIALOG;
    }
}
