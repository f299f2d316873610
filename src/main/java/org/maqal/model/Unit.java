package org.maqal.model;

/** What a figure counts or measures. */
public enum Unit {
    PEOPLE, SOLDIERS, EURO, DOLLAR, YEAR, DATE, PERCENT, MONTHS, YEARS, DAYS, WEEKS, COUNT;

    /** The lower-case name used in files and JSON. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
