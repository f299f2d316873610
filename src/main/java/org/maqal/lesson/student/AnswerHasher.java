package org.maqal.lesson.student;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes the accepted answers of a student copy with instant feedback: PBKDF2 with HMAC-SHA256 over
 * {@code item id, part, normalised answer}, with a random salt per copy and a cost of
 * {@link #DEFAULT_ITERATIONS} iterations (about 5-10 ms a hash on a classroom PC once warm).
 *
 * <p>What it protects, and what not. The copy holds no answer in plain text, and the same answer in
 * two items or two copies hashes differently, so reading the file, searching it or comparing it with
 * a classmate's copy shows nothing. It does <em>not</em> stop a determined student with a script: a
 * hash of a closed item (true/false, multiple choice, a gap with choices, matching, ordering) is
 * broken by hashing each option, a few dozen guesses at most; and a typed answer taken from the
 * article (a gap, a table cell) by hashing each word or phrase of the article, a few thousand
 * guesses, which the cost stretches from milliseconds to minutes. Where that matters (a test rather
 * than practice), give the copy {@link FeedbackMode#AFTER_HAND_IN} or {@link FeedbackMode#NONE}, which
 * hold no answer data at all. Thread-safe.
 */
public final class AnswerHasher {
    /** The key-derivation function, as Java names it. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** The cost of new copies: enough to make guessing slow, little enough that a check feels instant. */
    public static final int DEFAULT_ITERATIONS = 20_000;
    /** Iterations a copy may ask for: below, hashing is too cheap; above, checking would freeze the window. */
    public static final int MIN_ITERATIONS = 1_000;
    public static final int MAX_ITERATIONS = 1_000_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 128;

    private final byte[] salt;
    private final int iterations;

    /**
     * A hasher with this salt and cost.
     *
     * @throws IllegalArgumentException for a salt shorter than 16 bytes or iterations outside
     *                                  {@link #MIN_ITERATIONS}..{@link #MAX_ITERATIONS}
     */
    public AnswerHasher(byte[] salt, int iterations) {
        Objects.requireNonNull(salt, "salt");
        if (salt.length < SALT_BYTES) throw new IllegalArgumentException("the salt of a student copy needs " + SALT_BYTES + " bytes");
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("a student copy asks for " + iterations + " hash iterations, outside "
                    + MIN_ITERATIONS + ".." + MAX_ITERATIONS);
        }
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    /** A hasher with a fresh random salt and the default cost, for a new copy. */
    public static AnswerHasher fresh(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new AnswerHasher(salt, DEFAULT_ITERATIONS);
    }

    /** The hash, in Base64, of a normalised answer {@code key} to one part of an item. */
    public String hash(String itemId, String part, String key) {
        char[] password = (itemId + '\u001F' + part + '\u001F' + key).toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
            byte[] hash = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            spec.clearPassword();
            return Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot compute " + ALGORITHM, e);
        }
    }

    /** Whether the key hashes to one of the hashes (compared in constant time). */
    public boolean matches(String itemId, String part, String key, Collection<String> hashes) {
        byte[] mine = hash(itemId, part, key).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String h : hashes) found |= MessageDigest.isEqual(mine, h.getBytes(StandardCharsets.US_ASCII));
        return found;
    }

    /** The salt, in Base64. */
    public String salt() {
        return Base64.getEncoder().encodeToString(salt);
    }

    public int iterations() {
        return iterations;
    }
}
