package org.maqal.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.maqal.model.ItemType;
import org.maqal.model.SectionKind;

/**
 * Stable item ids made from what an item is about, so that regenerating one item or editing another
 * leaves every other id alone: {@code vocabulary-gap_fill-3f2a9c1d}. Not thread-safe: one per
 * section being generated.
 */
public final class ItemIds {
    private final Set<String> used = new HashSet<>();

    /**
     * An id for an item of this kind and type, derived from {@code key} (for example the article id,
     * sentence index and answer). The same key twice gets a numbered second id.
     */
    public String next(SectionKind kind, ItemType type, String key) {
        String base = kind.name().toLowerCase(Locale.ROOT) + "-" + type.name().toLowerCase(Locale.ROOT) + "-" + digest(key);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
