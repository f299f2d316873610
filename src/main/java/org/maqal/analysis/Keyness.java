package org.maqal.analysis;

/**
 * Dunning's log-likelihood (G²) keyness of a word in one text against a reference. Counts are whole
 * numbers, so G² is written as sums of logarithms of whole numbers, which small numbers find in a
 * table: ranking an article's few hundred words needs few calls to {@link Math#log}. Stateless.
 */
final class Keyness {
    private static final double[] LOGS = new double[1 << 14];

    static {
        for (int k = 1; k < LOGS.length; k++) LOGS[k] = Math.log(k);
    }

    private Keyness() {
    }

    /** The natural logarithm of a positive whole number. */
    static double log(long k) {
        return k < LOGS.length ? LOGS[(int) k] : Math.log(k);
    }

    /**
     * One text of {@code textTotal} words against a reference of {@code refTotal} words, for the G² of
     * many of the text's words; G² is negative when the text uses a word less than the reference.
     */
    static final class Against {
        private final long textTotal;
        private final long refTotal;
        private final double logText;
        private final double logRef;
        private final double logAll;

        Against(long textTotal, long refTotal) {
            this.textTotal = textTotal;
            this.refTotal = refTotal;
            this.logText = textTotal == 0 ? 0 : log(textTotal);
            this.logRef = refTotal == 0 ? 0 : log(refTotal);
            this.logAll = log(textTotal + refTotal);
        }

        /** G² of a word seen {@code a} times in the text and {@code b} times in the reference. */
        double logLikelihood(long a, long b) {
            if (textTotal == 0 || refTotal == 0) return 0;
            // observed × ln(observed / expected), with expected = total × (a + b) / (textTotal + refTotal)
            double logShare = logAll - log(a + b);
            double g2 = 2 * ((a == 0 ? 0 : a * (log(a) - logText + logShare)) + (b == 0 ? 0 : b * (log(b) - logRef + logShare)));
            return a / (double) textTotal >= b / (double) refTotal ? g2 : -g2;
        }
    }
}
