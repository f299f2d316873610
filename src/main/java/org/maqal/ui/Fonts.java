package org.maqal.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks fonts that show Arabic and Latin letters and digits alike (no boxes): the first installed of a
 * few families known to hold both, tested on a sample, else the logical "Dialog" font, which falls
 * back through the system's fonts.
 */
final class Fonts {
    /** A sample of what Maqal shows: Arabic with diacritics, Latin, both kinds of digits, punctuation. */
    static final String SAMPLE = "مقالٌ «الناتو» Maqal NATO 2024 ٢٠٢٤ – ؟،";
    private static final List<String> READING = List.of("Noto Naskh Arabic UI", "Noto Naskh Arabic", "Amiri",
            "Segoe UI", "Geeza Pro", "Tahoma", "DejaVu Sans");
    private static final List<String> INTERFACE = List.of("Noto Sans Arabic UI", "Segoe UI", "Tahoma", "DejaVu Sans",
            "Noto Sans Arabic");

    private Fonts() {
    }

    /** The font for reading articles, at a size. */
    static Font reading(int size) {
        return new Font(first(READING), Font.PLAIN, size);
    }

    /** The family for the whole interface. */
    static String interfaceFamily() {
        return first(INTERFACE);
    }

    private static String first(List<String> families) {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
        for (String family : families) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) < 0) return family;
        }
        return Font.DIALOG;
    }
}
