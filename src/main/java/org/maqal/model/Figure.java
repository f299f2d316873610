package org.maqal.model;

/**
 * A number the article reports: a count, an amount of money, a duration, a year or a date.
 *
 * @param text     the figure as written, with its scale and unit word ("17.7 مليون يورو")
 * @param value    its value, scale applied (17700000 for "17.7 مليون"); 2004 for a year; a date as
 *                 yyyymmdd, yyyymm or mmdd (see {@link Unit#DATE}); 1/3 for the fraction ثلث
 * @param unit     what it counts or measures
 * @param what     the counted noun as written ("شرطي", "عنصر"), or empty
 * @param span     where it stands in the text
 */
public record Figure(String text, double value, Unit unit, String what, Span span) {
    public Figure {
        what = what == null ? "" : what;
    }

    public int sentence() { return span.sentence(); }
}
