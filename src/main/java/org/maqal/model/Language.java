package org.maqal.model;

import java.util.Locale;

/** The language a lesson's instructions are written in. */
public enum Language {
    AR, EN;

    /** The two-letter code: {@code ar} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
