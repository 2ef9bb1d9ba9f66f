package org.pactum.model;

/** How precisely an {@link EdtfDate} is known: to the year, the month or the day. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
