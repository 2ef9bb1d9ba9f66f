package org.pactum.service.infrastructure.persistence;

import java.sql.Date;
import java.time.LocalDate;
import org.pactum.model.EdtfDate;

/** EDTF dates as the SQL DATE columns that range filters use: open ends clamp to years 1 and 9999. */
public final class SqlDates {

    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private SqlDates() {
    }

    public static LocalDate clamp(LocalDate day) {
        if (day == null) {
            return null;
        }
        return day.isBefore(FIRST) ? FIRST : day.isAfter(LAST) ? LAST : day;
    }

    public static Date earliest(EdtfDate date) {
        return date == null ? null : Date.valueOf(clamp(date.earliest()));
    }

    public static Date latest(EdtfDate date) {
        return date == null ? null : Date.valueOf(clamp(date.latest()));
    }

    public static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(clamp(day));
    }
}
