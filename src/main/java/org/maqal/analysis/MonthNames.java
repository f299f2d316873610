package org.maqal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.WordMemo;

/**
 * The names of the months in the three systems Arabic news uses: the Egyptian and Gulf names
 * (يناير … ديسمبر), the Levantine and Iraqi names (كانون الثاني، شباط، آذار … كانون الأول) and the
 * Maghrebi names (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت). Two-word names (كانون الثاني،
 * تشرين الأول) span two tokens. A month name may carry a conjunction or preposition (وفي is not
 * one; بسبتمبر is). Immutable but for a memo of the words met; thread-safe.
 */
public final class MonthNames {
    private final Map<String, Integer> single;
    private final Map<String, Integer> kanunTishrin;
    /** {@link #mayStartWith} of each word met, so that the many words that name no month are turned away at once. */
    private final WordMemo<Boolean> starts = WordMemo.of(this::startsName);

    private MonthNames(Map<String, Integer> single, Map<String, Integer> kanunTishrin) {
        this.single = Map.copyOf(single);
        this.kanunTishrin = Map.copyOf(kanunTishrin);
    }

    /** The months of the three systems. */
    public static MonthNames standard() {
        Map<String, Integer> single = new HashMap<>();
        String[] gregorian = {"يناير", "فبراير", "مارس", "أبريل إبريل ابريل", "مايو", "يونيو يونيه",
            "يوليو يوليه", "أغسطس اغسطس", "سبتمبر", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"};
        String[] levantine = {"", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "", "", ""};
        String[] maghrebi = {"جانفي", "فيفري", "", "أفريل", "ماي", "جوان", "جويلية", "أوت", "", "", "", ""};
        for (int m = 0; m < 12; m++) {
            for (String names : new String[] {gregorian[m], levantine[m], maghrebi[m]}) {
                if (names.isEmpty()) continue;
                for (String name : names.split(" ")) single.put(ArabicNormalizer.normalize(name), m + 1);
            }
        }
        Map<String, Integer> kanunTishrin = new HashMap<>();
        kanunTishrin.put(ArabicNormalizer.normalize("كانون الثاني"), 1);
        kanunTishrin.put(ArabicNormalizer.normalize("كانون الأول"), 12);
        kanunTishrin.put(ArabicNormalizer.normalize("تشرين الأول"), 10);
        kanunTishrin.put(ArabicNormalizer.normalize("تشرين الثاني"), 11);
        return new MonthNames(single, kanunTishrin);
    }

    /** Whether a month's name can start at a normalised word: what {@link #at} needs of its first token. */
    boolean mayStartWith(String normal) {
        return starts.get(normal);
    }

    private boolean startsName(String normal) {
        return single.containsKey(normal) || CliticReadings.findIndefinite(normal, this::isMonthWord).isPresent();
    }

    private boolean isMonthWord(String w) {
        return w.length() > 2 && (single.containsKey(w) || w.equals("كانون") || w.equals("تشرين"));
    }

    /**
     * A month named in the tokens.
     *
     * @param month     1 for January … 12 for December
     * @param length    how many tokens the name spans
     * @param proclitic letters of conjunction or preposition written onto it
     */
    public record Month(int month, int length, int proclitic) {
    }

    /** The month named at token {@code k} of normalised tokens, or empty. */
    public Optional<Month> at(List<String> tokens, int k) {
        if (k >= tokens.size() || !mayStartWith(tokens.get(k))) return Optional.empty();
        Optional<CliticReadings.Reading> word = CliticReadings.findIndefinite(tokens.get(k), this::isMonthWord);
        if (word.isEmpty() && single.containsKey(tokens.get(k))) word = Optional.of(new CliticReadings.Reading(tokens.get(k), 0, false));
        if (word.isEmpty()) return Optional.empty();
        String base = word.get().base();
        if (single.containsKey(base)) return Optional.of(new Month(single.get(base), 1, word.get().proclitic()));
        if (k + 1 >= tokens.size()) return Optional.empty();
        Integer month = kanunTishrin.get(base + " " + tokens.get(k + 1));
        return month == null ? Optional.empty() : Optional.of(new Month(month, 2, word.get().proclitic()));
    }
}
