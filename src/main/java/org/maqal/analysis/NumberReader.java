package org.maqal.analysis;

import java.util.List;
import java.util.Optional;
import org.maqal.text.ArabicNormalizer;

/**
 * Reads a whole number phrase from normalised tokens: digits or number words, then a scale word,
 * then what is joined to it with و, so that "17.7 مليون" is 17700000, "4 آلاف" 4000, "عشرة الاف"
 * 10000, "مئة وخمسة وعشرون ألف" 125000, "17 ألفا و400" 17400, "ثلاثة ملايين ونصف" 3500000,
 * "نصف مليون" 500000 and "مليوني" 2000000. A scale word may also stand alone ("مليون دولار").
 * See {@link Scales} for "5000 الاف". Immutable; thread-safe.
 */
public final class NumberReader {
    private final NumberWords words;
    private final Scales scales;

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

    /** Reads the number phrase that starts at token {@code from}; empty when none starts there. */
    public Optional<Reading> read(List<String> tokens, int from) {
        if (from >= tokens.size()) return Optional.empty();
        String first = tokens.get(from);
        Optional<Digits.Numeral> digits = Digits.parse(first);
        double count;
        int k;
        int proclitic = 0;
        boolean definite = false;
        boolean spelled = !digits.isPresent();
        boolean single;
        boolean fraction = false;
        double scale = 1;
        double value;
        if (digits.isPresent()) {
            count = digits.get().value();
            k = from + 1;
            single = false;
        } else {
            Optional<NumberWords.Reading> read = words.read(tokens, from);
            if (read.isPresent()) {
                NumberWords.Reading r = read.get();
                count = r.value();
                k = from + r.length();
                proclitic = r.proclitic();
                definite = r.definite();
                single = r.words() == 1;
                fraction = r.fraction();
            } else {
                Optional<Clitics.Reading> alone = Clitics.findIndefinite(first, w -> scales.of(w).isPresent());
                if (alone.isEmpty() || scales.of(alone.get().base()).get().plural()) return Optional.empty();
                Scales.Scale s = scales.of(alone.get().base()).get();
                double times = s.dual() ? 2 : 1;
                return Optional.of(continued(tokens, from + 1,
                        new Reading(times * s.value(), 1, alone.get().proclitic(), false, true, true, false, times, s.value())));
            }
        }
        value = count;
        Optional<Scales.Scale> after = scales.of(k < tokens.size() ? tokens.get(k) : "");
        if (after.isPresent() && !after.get().dual() && !definite) {
            value = scales.apply(count, after.get());
            scale = value == count ? 1 : after.get().value();
            k++;
            single = false;
            fraction = false;
        }
        return Optional.of(continued(tokens, k,
                new Reading(value, k - from, proclitic, definite, spelled, single, fraction, count, scale)));
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
