package org.maqal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;

/**
 * Arabic numbers below a thousand written as words, in their masculine and feminine forms and
 * their cases: واحد … عشرة (سبع، سبعة، ثماني، ثمانية), the teens أحد عشر … تسعة عشر (اثنا عشر، اثنتي
 * عشرة، خمس عشرة), the tens عشرون … تسعون (عشرين…), joined with و ("خمسة وعشرون"), the hundreds
 * مئة / مائة، مئتان، ثلاثمئة … تسعمئة (also "ثلاث مئة"), and the fractions نصف، ثلث، ربع، ثلثا / ثلثي.
 * The first word may carry a conjunction or a preposition (وعشرة، لخمسة، بنحو is not a number) and
 * the article (السبع); later words are joined by و, written on the word or on its own.
 * Approximate plurals (عشرات، مئات) have no value and are not read. Immutable; thread-safe.
 */
public final class NumberWords {
    private static final String TEEN_TEN = "عشر";
    private static final String TEEN_TEN_FEMININE = "عشره";

    private final Map<String, Integer> units;
    private final Map<String, Integer> tens;
    private final Map<String, Integer> hundreds;
    private final Map<String, Double> fractions;

    private NumberWords(Map<String, Integer> units, Map<String, Integer> tens, Map<String, Integer> hundreds,
                        Map<String, Double> fractions) {
        this.units = Map.copyOf(units);
        this.tens = Map.copyOf(tens);
        this.hundreds = Map.copyOf(hundreds);
        this.fractions = Map.copyOf(fractions);
    }

    /** Maqal's number words. */
    public static NumberWords standard() {
        Map<String, Integer> units = new HashMap<>();
        put(units, 1, "واحد واحدة أحد إحدى");
        put(units, 2, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي");
        put(units, 3, "ثلاث ثلاثة");
        put(units, 4, "أربع أربعة");
        put(units, 5, "خمس خمسة");
        put(units, 6, "ست ستة");
        put(units, 7, "سبع سبعة");
        put(units, 8, "ثمان ثماني ثمانية");
        put(units, 9, "تسع تسعة");
        put(units, 10, "عشر عشرة");
        Map<String, Integer> tens = new HashMap<>();
        String[] tenStems = {"عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < tenStems.length; i++) put(tens, (i + 2) * 10, tenStems[i] + "ون " + tenStems[i] + "ين");
        Map<String, Integer> hundreds = new HashMap<>();
        put(hundreds, 100, "مئة مائة");
        put(hundreds, 200, "مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي");
        String[] hundredStems = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"};
        int[] hundredValues = {3, 4, 5, 6, 7, 8, 8, 9};
        for (int i = 0; i < hundredStems.length; i++) {
            put(hundreds, hundredValues[i] * 100, hundredStems[i] + "مئة " + hundredStems[i] + "مائة");
        }
        Map<String, Double> fractions = new HashMap<>();
        fractions.put(ArabicNormalizer.normalize("نصف"), 0.5);
        fractions.put(ArabicNormalizer.normalize("ثلث"), 1.0 / 3);
        fractions.put(ArabicNormalizer.normalize("ربع"), 0.25);
        fractions.put(ArabicNormalizer.normalize("ثلثا"), 2.0 / 3);
        fractions.put(ArabicNormalizer.normalize("ثلثي"), 2.0 / 3);
        return new NumberWords(units, tens, hundreds, fractions);
    }

    private static void put(Map<String, Integer> map, int value, String words) {
        for (String w : words.split(" ")) map.put(ArabicNormalizer.normalize(w), value);
    }

    /**
     * A number read from words.
     *
     * @param value     its value (1/3 for ثلث)
     * @param length    how many tokens it spans
     * @param proclitic letters of conjunction or preposition written onto the first word
     * @param definite  whether the first word carries the article (السبع)
     * @param words     how many number words it has ("خمسة وعشرون" has two)
     * @param fraction  whether it is a fraction (نصف، ثلث، ربع، ثلثا)
     */
    public record Reading(double value, int length, int proclitic, boolean definite, int words, boolean fraction) {
    }

    /** Whether a normalised word, without proclitics, is a number word of this class. */
    public boolean isNumberWord(String normal) {
        return units.containsKey(normal) || tens.containsKey(normal) || hundreds.containsKey(normal)
                || fractions.containsKey(normal);
    }

    /** Whether a number can be read starting at a normalised word: what {@link #read} needs of its first token. */
    public boolean mayStartWith(String normal) {
        return !normal.equals("لست") && CliticReadings.find(normal, this::isNumberWord).isPresent();
    }

    /**
     * Reads a number below a thousand, or a fraction, from the normalised tokens {@code words}
     * starting at {@code from}. Empty when the token there is not a number word.
     */
    public Optional<Reading> read(List<String> words, int from) {
        if (from >= words.size() || words.get(from).equals("لست")) return Optional.empty();
        Optional<CliticReadings.Reading> first = CliticReadings.find(words.get(from), this::isNumberWord);
        if (first.isEmpty()) return Optional.empty();
        String w = first.get().base();
        int proclitic = first.get().proclitic();
        boolean definite = first.get().definite();
        if (fractions.containsKey(w)) {
            return Optional.of(new Reading(fractions.get(w), 1, proclitic, definite, 1, true));
        }
        Part part;
        if (tens.containsKey(w)) {
            part = new Part(tens.get(w), 1, 1);
        } else if (hundreds.containsKey(w)) {
            part = new Part(hundreds.get(w), 1, 1);
        } else {
            part = fromUnit(words, from, units.get(w));
        }
        if (part.value >= 100) part = part.plus(belowHundred(words, from + part.length));
        return Optional.of(new Reading(part.value, part.length, proclitic, definite, part.words, false));
    }

    private record Part(int value, int length, int words) {
        static final Part NONE = new Part(0, 0, 0);

        Part plus(Part next) { return new Part(value + next.value, length + next.length, words + next.words); }
    }

    /** A unit at {@code at}, made a teen by عشر / عشرة, a hundred by مئة, or joined to tens by و. */
    private Part fromUnit(List<String> words, int at, int unit) {
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        if (unit < 10 && (next.equals(TEEN_TEN) || next.equals(TEEN_TEN_FEMININE))) return new Part(10 + unit, 2, 2);
        if (unit >= 3 && unit < 10 && hundreds.get(next) != null && hundreds.get(next) == 100) {
            return new Part(unit * 100, 2, 2);
        }
        if (unit < 10) {
            Joined tensWord = joined(words, at + 1);
            if (tensWord != null && tens.containsKey(tensWord.word)) {
                return new Part(unit + tens.get(tensWord.word), 1 + tensWord.length, 2);
            }
        }
        return new Part(unit, 1, 1);
    }

    /** After a hundred: "و" and a unit, a teen, a unit and tens, or tens. */
    private Part belowHundred(List<String> words, int at) {
        Joined next = joined(words, at);
        if (next == null) return Part.NONE;
        if (tens.containsKey(next.word)) return new Part(tens.get(next.word), next.length, 1);
        Integer unit = units.get(next.word);
        if (unit == null) return Part.NONE;
        Part part = fromUnit(words, at + next.length - 1, unit);
        if (part.value >= 100) return Part.NONE;
        return new Part(part.value, next.length - 1 + part.length, part.words);
    }

    private record Joined(String word, int length) {
    }

    /** The word after a و, written on it ("وعشرون") or on its own ("و عشرون"), or null. */
    private static Joined joined(List<String> words, int at) {
        if (at >= words.size()) return null;
        String w = words.get(at);
        if (w.equals("و")) return at + 1 < words.size() ? new Joined(words.get(at + 1), 2) : null;
        if (w.length() > 2 && w.charAt(0) == 'و') return new Joined(w.substring(1), 1);
        return null;
    }

    /** The value of a whole phrase of number words ("مئة وخمسة وعشرون"), or empty when it is not one. */
    public Optional<Double> valueOf(String phrase) {
        List<String> words = List.of(ArabicNormalizer.normalize(phrase.strip()).split("\\s+"));
        return read(words, 0).filter(r -> r.length() == words.size()).map(Reading::value);
    }
}
