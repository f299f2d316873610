package org.maqal.model;

/** The four kinds of lesson sections, one generator each. */
public enum SectionKind {
    VOCABULARY, COMPREHENSION, COMPARISON, CLAIMS
}
