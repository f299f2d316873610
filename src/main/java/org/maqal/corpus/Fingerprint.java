package org.maqal.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.maqal.text.ArabicNormalizer;

/**
 * What makes two article texts the same article: the SHA-256 of the text normalised with
 * {@link ArabicNormalizer} (no diacritics or tatweel, one alef, …) and its whitespace, line endings
 * included, collapsed to single spaces. Stateless.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** The fingerprint of a text, as 64 lower-case hex digits. */
    static String of(String text) {
        String comparable = ArabicNormalizer.normalize(text).replaceAll("\\s+", " ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(comparable.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
