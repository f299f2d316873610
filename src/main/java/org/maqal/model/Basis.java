package org.maqal.model;

/** Where a metadata value comes from, so a teacher can tell facts from guesses. */
public enum Basis {
    /** Written in the article itself (a byline, a dateline, the headline). */
    STATED,
    /** Worked out from what the article says (for example a date from the events it reports). */
    INFERRED,
    /** Written by whoever added the article, such as a title made from the lead. */
    SUPPLIED,
    /** Nobody knows it. */
    UNKNOWN
}
