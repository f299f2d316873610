package org.maqal.analysis;

import org.maqal.model.Unit;

/**
 * A figure found in one sentence, by token positions, before it becomes a {@link org.maqal.model.Figure}.
 *
 * @param first     the first token of its text
 * @param proclitic letters of conjunction or preposition on the first token that stay out of the text
 * @param last      the last token of its text (inclusive)
 * @param value     its value
 * @param unit      what it counts or measures
 * @param what      the counted noun as written, or ""
 * @param number    the number phrase it was read from, or null for dates, years and duals
 */
record Found(int first, int proclitic, int last, double value, Unit unit, String what, NumberReader.Reading number) {
    /** A count with no unit and no counted noun: a number on its own. */
    boolean bare() { return unit == Unit.COUNT && what.isEmpty(); }

    Found with(double newValue, Unit newUnit) {
        return new Found(first, proclitic, last, newValue, newUnit, what, number);
    }
}
