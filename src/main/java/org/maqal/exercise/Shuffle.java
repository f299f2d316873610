package org.maqal.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded shuffles and picks, so that a seed always gives the same choices. Stateless. */
public final class Shuffle {
    private Shuffle() {
    }

    /** A shuffled copy of the list. */
    public static <T> List<T> of(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /**
     * A shuffled copy in an order other than the given one, for items whose order is the answer; a
     * list of fewer than two entries is returned as it is.
     */
    public static <T> List<T> unlike(List<T> list, Random random) {
        if (list.size() < 2) return List.copyOf(list);
        List<T> copy = new ArrayList<>(list);
        for (int attempt = 0; attempt < 8 && copy.equals(list); attempt++) Collections.shuffle(copy, random);
        if (copy.equals(list)) Collections.rotate(copy, 1);
        return copy;
    }

    /** Up to {@code n} entries picked at random from the first {@code pool} of a ranked list, in rank order. */
    public static <T> List<T> pick(List<T> ranked, int n, int pool, Random random) {
        List<T> head = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), Math.max(n, pool))));
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) indexes.add(i);
        Collections.shuffle(indexes, random);
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, Math.min(n, indexes.size())));
        Collections.sort(chosen);
        List<T> out = new ArrayList<>();
        for (int i : chosen) out.add(head.get(i));
        return out;
    }
}
