package org.maqal.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes that identify a text, all made here so that no text is hashed two ways by accident:
 *
 * <ul>
 * <li>{@link #of(String)}, the SHA-256 of a text's UTF-16 code units (little-endian), computed without
 * encoding the text to UTF-8 first: what identifies a text exactly inside Maqal's own caches. The
 * corpus's file catalog keeps it, so that an unchanged article need not be hashed again; the
 * analysis cache and the related-article index store their entries under it.</li>
 * <li>{@link #contentHash(String)}, the SHA-256 of a text's UTF-8 bytes in hexadecimal: what a lesson
 * file keeps of each of its articles to notice that one changed. Lesson files rely on its exact value.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class TextDigest {
    /** The length of a digest in bytes. */
    public static final int BYTES = 32;
    private static final int CHUNK = 8192;
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(TextDigest::digest);
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[CHUNK]);
    private static final ThreadLocal<ByteBuffer> BUFFERS =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(2 * CHUNK).order(ByteOrder.LITTLE_ENDIAN));

    private TextDigest() {
    }

    /** The {@value #BYTES} bytes of a text's digest. */
    public static byte[] of(String text) {
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

    /**
     * The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hexadecimal digits: the content hash a
     * lesson keeps of each of its articles ({@code ArticleRef.contentHash}). Not the same value as
     * {@link #of(String)}.
     */
    public static String contentHash(String text) {
        return HexFormat.of().formatHex(DIGESTS.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
