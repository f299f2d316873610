package org.maqal.exercise.claims;

import java.util.List;

/**
 * One claim on the sheet with what the other texts say about it.
 *
 * @param claim  the claim
 * @param links  how each other article stands to it (several articles), or the headline and the
 *               article's other claims (one article); silent links included
 */
record ClaimRow(TrackedClaim claim, List<Link> links) {
    ClaimRow {
        links = List.copyOf(links);
    }

    long count(Agreement agreement) {
        return links.stream().filter(l -> l.agreement() == agreement).count();
    }

    /** How much the row is worth a student's time: contradictions, then repetitions. */
    int weight() {
        int w = (int) (3 * count(Agreement.CONTRADICTS) + 2 * count(Agreement.REPEATS));
        if (claim.claim().direct()) w++;
        return w;
    }
}
