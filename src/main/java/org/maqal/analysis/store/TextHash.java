package org.maqal.analysis.store;

import java.nio.charset.StandardCharsets;
import org.maqal.text.TextDigest;

/**
 * The key under which a text's analysis is stored: its {@link TextDigest} (SHA-256 of its UTF-16
 * code units), held as a compact map key of one char per byte. Thread-safe.
 */
final class TextHash {
    static final int BYTES = TextDigest.BYTES;

    private TextHash() {
    }

    /** The 32 bytes of the hash. */
    static byte[] of(String text) {
        return TextDigest.of(text);
    }

    /** The hash as a compact map key (one char per byte). */
    static String key(String text) {
        return key(of(text));
    }

    static String key(byte[] hash) {
        return new String(hash, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.ISO_8859_1);
    }
}
