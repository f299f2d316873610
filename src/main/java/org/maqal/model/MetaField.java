package org.maqal.model;

import java.util.Objects;

/**
 * One metadata value and where it comes from.
 *
 * @param value the value as a teacher would read it; empty when unknown
 * @param basis whether the article states it, it was inferred, or supplied
 */
public record MetaField(String value, Basis basis) {
    public static final MetaField UNKNOWN = new MetaField("", Basis.UNKNOWN);

    public MetaField {
        value = value == null ? "" : value.strip();
        Objects.requireNonNull(basis, "basis");
        if (value.isEmpty()) basis = Basis.UNKNOWN;
    }

    public static MetaField stated(String value) { return new MetaField(value, Basis.STATED); }
    public static MetaField inferred(String value) { return new MetaField(value, Basis.INFERRED); }
    public static MetaField supplied(String value) { return new MetaField(value, Basis.SUPPLIED); }

    public boolean isKnown() { return basis != Basis.UNKNOWN; }
}
