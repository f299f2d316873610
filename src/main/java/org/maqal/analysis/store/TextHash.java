package org.maqal.analysis.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of a text's UTF-16 code units (little-endian), computed without encoding the text to
 * UTF-8 first; the key under which a text's analysis is stored. Thread-safe.
 */
final class TextHash {
    static final int BYTES = 32;
    private static final int CHUNK = 8192;
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(TextHash::digest);
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[CHUNK]);
    private static final ThreadLocal<ByteBuffer> BUFFERS =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(2 * CHUNK).order(ByteOrder.LITTLE_ENDIAN));

    private TextHash() {
    }

    /** The 32 bytes of the hash. */
    static byte[] of(String text) {
        MessageDigest digest = DIGESTS.get();
        char[] chars = CHARS.get();
        ByteBuffer bytes = BUFFERS.get();
        CharBuffer view = bytes.asCharBuffer();
        for (int from = 0; from < text.length(); from += CHUNK) {
            int n = Math.min(text.length() - from, CHUNK);
            text.getChars(from, from + n, chars, 0);
            view.clear();
            view.put(chars, 0, n);
            digest.update(bytes.array(), 0, 2 * n);
        }
        return digest.digest();
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

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
