package org.maqal.exercise.claims;

/** How another text stands to a claim. */
public enum Agreement {
    /** It says the same: shared wording, names and figures, and the same polarity. */
    REPEATS,
    /** It says otherwise: the same measure with another figure, or the same wording negated. */
    CONTRADICTS,
    /** It says nothing that matches the claim. */
    SILENT
}
