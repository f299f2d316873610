package org.maqal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;

/**
 * Days of the month written as ordinals before "من" and a month: "الأول من تشرين الثاني",
 * "الحادي عشر من سبتمبر", "الخامس والعشرين من يناير". Immutable; thread-safe.
 */
final class OrdinalDays {
    private final Map<String, Integer> units;
    private final Map<String, Integer> tens;

    private OrdinalDays(Map<String, Integer> units, Map<String, Integer> tens) {
        this.units = Map.copyOf(units);
        this.tens = Map.copyOf(tens);
    }

    static OrdinalDays standard() {
        Map<String, Integer> units = new HashMap<>();
        String[] names = {"الأول الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i].split(" ")) units.put(ArabicNormalizer.normalize(name), i + 1);
        }
        Map<String, Integer> tens = Map.of(ArabicNormalizer.normalize("العشرين"), 20, ArabicNormalizer.normalize("الثلاثين"), 30);
        return new OrdinalDays(units, tens);
    }

    /** Whether a day can be read starting at a normalised word: what {@link #at} needs of its first token. */
    boolean mayStartWith(String normal) {
        return tens.containsKey(normal) || units.containsKey(normal);
    }

    /** A day read at token {@code k}: {day, tokens spanned}. The word الحادي needs عشر or tens after it. */
    Optional<int[]> at(List<String> tokens, int k) {
        String w = k < tokens.size() ? tokens.get(k) : "";
        String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        if (tens.containsKey(w)) return Optional.of(new int[] {tens.get(w), 1});
        Integer unit = units.get(w);
        if (unit == null) return Optional.empty();
        if (unit < 10 && next.equals("عشر")) return Optional.of(new int[] {10 + unit, 2});
        if (unit < 10 && next.length() > 1 && next.charAt(0) == 'و' && tens.containsKey(next.substring(1))) {
            int day = unit + tens.get(next.substring(1));
            return day <= 31 ? Optional.of(new int[] {day, 2}) : Optional.empty();
        }
        return w.equals(ArabicNormalizer.normalize("الحادي")) ? Optional.empty() : Optional.of(new int[] {unit, 1});
    }
}
