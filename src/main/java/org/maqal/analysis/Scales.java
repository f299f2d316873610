package org.maqal.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;

/**
 * The scale words that multiply a number: ألف (thousand), مليون (million), مليار / بليون (billion)
 * and تريليون, in the singular (ألف، ألفا), the plural (آلاف، ألوف، ملايين، مليارات) and the dual
 * (ألفان، ألفين، ألفي، مليونين…), which stands alone for two of them. Words are looked up in their
 * normal form ({@link ArabicNormalizer}), without proclitics. Immutable; thread-safe.
 *
 * <p>The plural form is grammatical only after the counts three to ten ("4 آلاف", "عشرة الاف").
 * Written after a count that is already at least the scale itself, as in "أكثر من 5000 الاف من أفراد
 * الجيش" (an editing slip in one of our articles: NATO's own figure is "over 5,000"), it restates
 * the unit rather than multiplying it, so {@link #apply} leaves the count as written: 5000, not
 * five million. The singular still multiplies any count ("1500 مليون" is 1.5 billion).
 */
public final class Scales {
    /**
     * A scale word.
     *
     * @param value  what one of it is worth (1000 for ألف)
     * @param plural whether it is the plural form (آلاف)
     * @param dual   whether it is the dual form (ألفين), worth two of it on its own
     */
    public record Scale(double value, boolean plural, boolean dual) {
    }

    private final Map<String, Scale> words;

    private Scales(Map<String, Scale> words) {
        this.words = Map.copyOf(words);
    }

    /** Maqal's scale words. */
    public static Scales standard() {
        Map<String, Scale> words = new HashMap<>();
        add(words, 1e3, "ألف ألفا", "آلاف ألوف", "ألفان ألفين ألفي");
        add(words, 1e6, "مليون مليونا", "ملايين", "مليونان مليونين مليوني");
        add(words, 1e9, "مليار مليارا بليون بليونا", "مليارات بلايين", "ملياران مليارين ملياري بليونين");
        add(words, 1e12, "تريليون تريليونا", "تريليونات", "تريليونان تريليونين تريليوني");
        return new Scales(words);
    }

    private static void add(Map<String, Scale> words, double value, String singular, String plural, String dual) {
        for (String w : singular.split(" ")) words.put(ArabicNormalizer.normalize(w), new Scale(value, false, false));
        for (String w : plural.split(" ")) words.put(ArabicNormalizer.normalize(w), new Scale(value, true, false));
        for (String w : dual.split(" ")) words.put(ArabicNormalizer.normalize(w), new Scale(value, false, true));
    }

    /** The scale a normalised word names, if it is one. */
    public Optional<Scale> of(String normal) {
        return Optional.ofNullable(words.get(normal));
    }

    /**
     * A count multiplied by a scale that follows it: 4 and آلاف give 4000, 17.7 and مليون give
     * 17700000. A plural scale after a count of at least the scale leaves the count as written
     * (5000 and آلاف give 5000; see the class comment).
     *
     * @throws IllegalArgumentException for a dual scale, which does not follow a count
     */
    public double apply(double count, Scale scale) {
        if (scale.dual()) throw new IllegalArgumentException("A dual scale word stands on its own");
        if (scale.plural() && count >= scale.value()) return count;
        return count * scale.value();
    }
}
