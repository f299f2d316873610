package org.maqal.analysis;

import org.maqal.text.WordMemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The proclitics Arabic writes onto a word: a conjunction (و، ف), a preposition (ب، ل، ك) and the
 * definite article (ال, written ل after the preposition ل: للعام). Works on normalised words.
 * Stateless; thread-safe.
 */
final class CliticReadings {
    private CliticReadings() {
    }

    /**
     * One way to read a word.
     *
     * @param base      the word without its proclitics (and without ال when {@code definite})
     * @param proclitic how many letters of conjunction and preposition come before it; the article
     *                  is not counted, except in the contracted لل, where both letters are
     * @param definite  whether the article was taken off
     */
    record Reading(String base, int proclitic, boolean definite) {
    }

    /** All readings of a normalised word, the word itself first, then with fewer letters taken off first. */
    static List<Reading> readings(String word) {
        return MEMO.get(word);
    }

    private static final WordMemo<List<Reading>> MEMO = WordMemo.of(CliticReadings::compute);

    private static List<Reading> compute(String word) {
        List<Reading> conjoined = new ArrayList<>(2);
        conjoined.add(new Reading(word, 0, false));
        if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            conjoined.add(new Reading(word.substring(1), 1, false));
        }
        List<Reading> prefixed = new ArrayList<>(conjoined);
        for (Reading r : conjoined) {
            String w = r.base();
            if (w.length() > 3 && w.startsWith("لل")) {
                prefixed.add(new Reading(w.substring(2), r.proclitic() + 2, true));
            } else if (w.length() > 2 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
                prefixed.add(new Reading(w.substring(1), r.proclitic() + 1, false));
            }
        }
        List<Reading> out = new ArrayList<>(prefixed.size() * 2);
        for (Reading r : prefixed) {
            out.add(r);
            if (!r.definite() && r.base().length() > 3 && r.base().startsWith("ال")) {
                out.add(new Reading(r.base().substring(2), r.proclitic(), true));
            }
        }
        return List.copyOf(out);
    }

    /** The first reading whose base is known, if any. */
    static Optional<Reading> find(String word, Predicate<String> known) {
        List<Reading> readings = readings(word);
        for (int i = 0; i < readings.size(); i++) {
            if (known.test(readings.get(i).base())) return Optional.of(readings.get(i));
        }
        return Optional.empty();
    }

    /** The first indefinite reading whose base is known: the word may carry و، ف، ب، ل، ك but not ال. */
    static Optional<Reading> findIndefinite(String word, Predicate<String> known) {
        List<Reading> readings = readings(word);
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (!r.definite() && known.test(r.base())) return Optional.of(r);
        }
        return Optional.empty();
    }
}
