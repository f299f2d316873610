package org.maqal.export;

import java.util.Objects;

/**
 * How a lesson is exported.
 *
 * <p>The default font is Arial: Windows and macOS ship it with Arabic glyphs, so Word and Pages
 * print the worksheet in one face; on Linux LibreOffice uses its metric-compatible Liberation Sans
 * for Latin letters and digits and its Arabic fallback (DejaVu Sans, or Noto where installed) for
 * Arabic, so the layout holds. A school on Linux gets a nicer Arabic face with
 * {@code "Noto Naskh Arabic"} (Debian and Ubuntu package fonts-noto-core).
 *
 * @param paper   the paper size of the Word documents
 * @param font    the font family of the Word documents, for Arabic and Latin text alike
 * @param handout whether Word export also writes the articles as a reading handout with sentence numbers
 */
public record ExportOptions(Paper paper, String font, boolean handout) {
    /** The font used when none is chosen. */
    public static final String DEFAULT_FONT = "Arial";

    public ExportOptions {
        Objects.requireNonNull(paper, "paper");
        font = font == null || font.isBlank() ? DEFAULT_FONT : font.strip();
    }

    /** A4, Arial, no handout. */
    public static ExportOptions defaults() {
        return new ExportOptions(Paper.A4, DEFAULT_FONT, false);
    }

    public ExportOptions withPaper(Paper newPaper) {
        return new ExportOptions(newPaper, font, handout);
    }

    public ExportOptions withFont(String newFont) {
        return new ExportOptions(paper, newFont, handout);
    }

    public ExportOptions withHandout(boolean withHandout) {
        return new ExportOptions(paper, font, withHandout);
    }
}
