package org.maqal.analysis;

import java.util.List;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;

/**
 * Reads a whole number phrase from normalised tokens: digits or number words, then a scale word,
 * then what is joined to it with و, so that "17.7 مليون" is 17700000, "4 آلاف" 4000, "عشرة الاف"
 * 10000, "مئة وخمسة وعشرون ألف" 125000, "17 ألفا و400" 17400, "ثلاثة ملايين ونصف" 3500000,
 * "مليون ونصف المليون" 1500000, "نصف مليون" 500000 and "مليوني" 2000000. A scale word may also stand alone ("مليون دولار").
 * See {@link Scales} for "5000 الاف". Immutable; thread-safe.
 */
public final class NumberReader {
    private final NumberWords words;
    private final Scales scales;

    /** A reader of the given number words and scale words. */
    public NumberReader(NumberWords words, Scales scales) {
        this.words = words;
        this.scales = scales;
    }

    /** A reader with Maqal's number and scale words. */
    public static NumberReader standard() {
        return new NumberReader(NumberWords.standard(), Scales.standard());
    }

    /**
     * A number phrase.
     *
     * @param value     its value, scale applied
     * @param length    how many tokens it spans
     * @param proclitic letters of conjunction or preposition written onto its first word
     * @param definite  whether its first word carries the article (السبع)
     * @param spelled   whether it starts with a word rather than digits
     * @param single    whether it is one number word and nothing else ("سبع", "ألف")
     * @param fraction  whether it is a bare fraction (ثلث)
     * @param count     the number before the scale (4 in "4 آلاف"), or the value when unscaled
     * @param scale     the scale applied (1000 in "4 آلاف"), or 1
     */
    public record Reading(double value, int length, int proclitic, boolean definite, boolean spelled,
                          boolean single, boolean fraction, double count, double scale) {
        public boolean scaled() { return scale > 1; }
    }

    /** Whether a number phrase can start at a normalised word: digits, a number word or a scale word. */
    public boolean mayStartWith(String normal) {
        return Digits.startsWithDigit(normal) || words.mayStartWith(normal)
                || CliticReadings.findIndefinite(normal, w -> scales.of(w).isPresent()).isPresent();
    }

    /** Reads the number phrase that starts at token {@code from}; empty when none starts there. */
    public Optional<Reading> read(List<String> tokens, int from) {
        if (from >= tokens.size()) return Optional.empty();
        Optional<Reading> head = inDigits(tokens.get(from)).or(() -> inWords(tokens, from));
        if (head.isEmpty()) return scaleAlone(tokens, from);
        Reading scaled = withScale(tokens, from, head.get());
        return Optional.of(continued(tokens, from + scaled.length(), scaled));
    }

    private static Optional<Reading> inDigits(String token) {
        return Digits.parse(token).map(n -> new Reading(n.value(), 1, 0, false, false, false, false, n.value(), 1));
    }

    private Optional<Reading> inWords(List<String> tokens, int from) {
        return words.read(tokens, from).map(r -> new Reading(r.value(), r.length(), r.proclitic(), r.definite(), true,
                r.words() == 1, r.fraction(), r.value(), 1));
    }

    /** "مليون دولار", "بمليوني دولار": a singular or dual scale word with no number before it. */
    private Optional<Reading> scaleAlone(List<String> tokens, int from) {
        Optional<CliticReadings.Reading> alone = CliticReadings.findIndefinite(tokens.get(from), w -> scales.of(w).isPresent());
        if (alone.isEmpty()) return Optional.empty();
        Scales.Scale s = scales.of(alone.get().base()).orElseThrow();
        if (s.plural()) return Optional.empty();
        double times = s.dual() ? 2 : 1;
        Reading head = new Reading(times * s.value(), 1, alone.get().proclitic(), false, true, true, false, times, s.value());
        return Optional.of(continued(tokens, from + 1, head));
    }

    /** The head multiplied by the scale word right after it, if there is one. */
    private Reading withScale(List<String> tokens, int from, Reading head) {
        int k = from + head.length();
        Optional<Scales.Scale> after = scales.of(k < tokens.size() ? tokens.get(k) : "");
        if (after.isEmpty() || after.get().dual() || head.definite()) return head;
        double value = scales.apply(head.count(), after.get());
        double scale = value == head.count() ? 1 : after.get().value();
        return new Reading(value, head.length() + 1, head.proclitic(), false, head.spelled(), false, false, head.count(), scale);
    }

    /** After a scale: "و" and a smaller number ("و400", "وخمسمئة ألف") or a fraction of the scale ("ونصف"). */
    private Reading continued(List<String> tokens, int k, Reading head) {
        if (!head.scaled() || k >= tokens.size()) return head;
        String w = tokens.get(k);
        int start;
        if (w.equals("و")) {
            start = k + 1;
        } else if (w.length() > 1 && w.charAt(0) == 'و' && !Digits.parse(w.substring(1)).isPresent()) {
            start = k;
        } else {
            return head;
        }
        Optional<Reading> rest = read(tokens, start);
        if (rest.isEmpty() || rest.get().definite()) return head;
        Reading r = rest.get();
        double added;
        if (r.fraction()) {
            added = r.value() * head.scale();
        } else if (r.value() < head.scale() && r.value() >= 1) {
            added = r.value();
        } else {
            return head;
        }
        int headStart = k - head.length();
        int end = start + r.length();
        if (r.fraction() && end < tokens.size() && tokens.get(end).startsWith("ال")
                && scales.of(tokens.get(end).substring(2)).filter(sc -> sc.value() == head.scale()).isPresent()) {
            end++;
        }
        return new Reading(head.value() + added, end - headStart, head.proclitic(), head.definite(),
                head.spelled(), false, false, head.count(), head.scale());
    }

    /** The value of a whole phrase ("17.7 مليون", "عشرة الاف"), or empty when it is not one number. */
    public Optional<Double> valueOf(String phrase) {
        List<String> tokens = split(phrase);
        return read(tokens, 0).filter(r -> r.length() == tokens.size()).map(Reading::value);
    }

    /** Normalises a phrase and cuts it where the tokenizer would: at spaces and between letters and digits. */
    static List<String> split(String phrase) {
        String normal = ArabicNormalizer.normalize(phrase.strip())
                .replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})", " ");
        return List.of(normal.split("\\s+"));
    }
}
