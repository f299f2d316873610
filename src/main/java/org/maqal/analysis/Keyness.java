package org.maqal.analysis;

/** Dunning's log-likelihood (G²) keyness of a word in one text against a reference. Stateless. */
final class Keyness {
    private Keyness() {
    }

    /**
     * G² for a word seen {@code a} times in a text of {@code textTotal} words and {@code b} times in a
     * reference of {@code refTotal} words; negative when the text uses it less than the reference.
     */
    static double logLikelihood(long a, long textTotal, long b, long refTotal) {
        if (textTotal == 0 || refTotal == 0) return 0;
        double e1 = textTotal * (double) (a + b) / (textTotal + refTotal);
        double e2 = refTotal * (double) (a + b) / (textTotal + refTotal);
        double g2 = 2 * (term(a, e1) + term(b, e2));
        return a / (double) textTotal >= b / (double) refTotal ? g2 : -g2;
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
