package org.maqal.corpus;

import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text. PLACEHOLDER until the importer lands: UTF-8 only.
 */
public final class TextDecoder {
    /** A decoded text and the encoding it was found in. */
    public record Decoded(String text, String encoding) {
    }

    public Decoded decode(byte[] bytes, String name) throws CorpusException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), "UTF-8");
    }
}
