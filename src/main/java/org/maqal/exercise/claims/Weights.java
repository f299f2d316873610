package org.maqal.exercise.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a shared word says: its inverse sentence frequency among all the sentences compared, so
 * that words every sentence has weigh little and rare ones much. Immutable.
 */
final class Weights {
    /** A word with less weight than this is common enough not to count as shared wording. */
    private static final double INFORMATIVE = 1.0;
    /** A word in at most this share of the sentences (or in at most {@link #RARE_COUNT}) is rare. */
    private static final double RARE_SHARE = 0.05;
    private static final int RARE_COUNT = 4;

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final int rare;

    Weights(List<Statement> sentences) {
        for (Statement s : sentences) s.keys().forEach(k -> df.merge(k, 1, Integer::sum));
        int n = sentences.size();
        rare = Math.max(RARE_COUNT, (int) Math.round(RARE_SHARE * n));
        df.forEach((k, d) -> idf.put(k, Math.log((n + 1.0) / (d + 0.5))));
    }

    double weight(String key) {
        return idf.getOrDefault(key, 0.0);
    }

    /** The share of the claim's weighted keys that the other text holds, from 0 to 1. */
    double share(Set<String> claim, Set<String> other) {
        double total = total(claim);
        return total == 0 ? 0 : sharedWeight(claim, other) / total;
    }

    /** The summed weight of some keys. */
    double total(Set<String> keys) {
        double total = 0;
        for (String k : keys) total += weight(k);
        return total;
    }

    double sharedWeight(Set<String> claim, Set<String> other) {
        double shared = 0;
        for (String k : claim) if (other.contains(k)) shared += weight(k);
        return shared;
    }

    /** Whether the two share a rare word (not a name: names are shared by whole stories). */
    boolean anchored(Set<String> claim, Set<String> other) {
        for (String k : claim) if (other.contains(k) && !k.startsWith("e:") && df.getOrDefault(k, 0) <= rare) return true;
        return false;
    }

    /** How many informative keys the two share. */
    int shared(Set<String> claim, Set<String> other) {
        int n = 0;
        for (String k : claim) if (other.contains(k) && weight(k) >= INFORMATIVE) n++;
        return n;
    }
}
