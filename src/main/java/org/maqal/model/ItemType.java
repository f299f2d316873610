package org.maqal.model;

/** The kinds of items, one record each (see {@link Item}). */
public enum ItemType {
    MULTIPLE_CHOICE, TRUE_FALSE, GAP_FILL, MATCHING, ORDERING, SHORT_ANSWER, OPEN_QUESTION, VOCABULARY, TABLE
}
