package org.maqal.model;

/**
 * What a figure counts or measures, and so how to read its value.
 */
public enum Unit {
    /** Persons: people, personnel, police, trainers, voters… (value: how many). */
    PEOPLE,
    /** Soldiers and fighters (value: how many). */
    SOLDIERS,
    /** An amount in euros. */
    EURO,
    /** An amount in dollars. */
    DOLLAR,
    /** A calendar year (value: the year as written, 2004). */
    YEAR,
    /**
     * A day or month: yyyymmdd when day, month and year are written (20200103), yyyymm for a month
     * and year (202509), mmdd for a day and month without a year (218 for 18 February).
     */
    DATE,
    /** A percentage (value: the number before the sign, 17.5 for 17.5%). */
    PERCENT,
    /** A length of time in months. */
    MONTHS,
    /** A length of time in years. */
    YEARS,
    /** A length of time in days. */
    DAYS,
    /** A length of time in weeks. */
    WEEKS,
    /** Anything else that is counted or measured; the figure's {@code what} says what. */
    COUNT,
    /** A length of time in hours. */
    HOURS,
    /** An amount in a currency other than the euro and the dollar; the figure's {@code what} names it. */
    MONEY,
    /** A fraction (value: 1/3 for ثلث, 0.5 for نصف). */
    FRACTION;

    /** The lower-case name used in files and JSON. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
