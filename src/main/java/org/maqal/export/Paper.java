package org.maqal.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Paper sizes a worksheet can be printed on, in twentieths of a point (twips), portrait.
 *
 * @see ExportOptions
 */
public enum Paper {
    /** 210 × 297 mm, the paper of most of the world. */
    A4("a4", 11906, 16838),
    /** 8.5 × 11 in, the paper of North America. */
    LETTER("letter", 12240, 15840);

    private final String cliName;
    private final int width;
    private final int height;

    Paper(String cliName, int width, int height) {
        this.cliName = cliName;
        this.width = width;
        this.height = height;
    }

    /** Width in twips. */
    public int width() {
        return width;
    }

    /** Height in twips. */
    public int height() {
        return height;
    }

    /** The name on the command line: {@code a4} or {@code letter}. */
    public String cliName() {
        return cliName;
    }

    /** The paper with this command-line name, in any case; empty for any other name. */
    public static Optional<Paper> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.cliName.equals(wanted)).findFirst();
    }
}
