package org.pactum.importer.text;

import org.pactum.model.EdtfDate;

/**
 * A date written in the text.
 *
 * @param start        offset of the first character (in the string that was searched)
 * @param end          offset after the last character
 * @param date         the date as EDTF (year, month or day precision; an interval for "2006-2012")
 * @param yearInferred the text gave no year ("June 6", "on Monday"): it came from the reference day
 */
public record DateMention(int start, int end, EdtfDate date, boolean yearInferred) {

    public DateMention shift(int offset) {
        return new DateMention(start + offset, end + offset, date, yearInferred);
    }
}
