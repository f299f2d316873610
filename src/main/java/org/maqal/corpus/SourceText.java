package org.maqal.corpus;

import java.util.Objects;

/**
 * The text of an article taken from a file to import, with what the file itself says about it.
 *
 * @param text     the article's text, cleaned ({@code \n} line endings, no control characters)
 * @param title    the title the file states (a Word title or heading, an HTML {@code <h1>} or
 *                 {@code <title>}), or empty when it states none
 * @param encoding what the text was found in, as a teacher reads it ({@code windows-1256}, {@code Word document (.docx)})
 * @param address  the address the page states for itself (HTML canonical link), or empty
 */
public record SourceText(String text, String title, String encoding, String address) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(encoding, "encoding");
        address = address == null ? "" : address.strip();
    }
}
