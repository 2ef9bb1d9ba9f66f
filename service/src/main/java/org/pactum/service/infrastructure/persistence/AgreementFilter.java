package org.pactum.service.infrastructure.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;

/**
 * Which agreements to read; null or empty means "any".
 *
 * @param parties every one of these codes must be a party (in any role)
 * @param from    the agreement has a date (signed, in force, ended) that can fall on or after this day
 * @param to      ... and on or before this day
 * @param text    folded substring of the title
 */
public record AgreementFilter(List<String> parties, AgreementKind kind, AgreementStatus status,
                              LocalDate from, LocalDate to, String text) {

    public static final AgreementFilter ALL = new AgreementFilter(List.of(), null, null, null, null, null);

    public AgreementFilter {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public static AgreementFilter party(String code) {
        return new AgreementFilter(List.of(code), null, null, null, null, null);
    }

    Where where() {
        Where where = new Where();
        boolean kindInDriver = false;
        boolean statusInDriver = false;
        if (!parties.isEmpty()) {
            // a party is the most selective filter: its index (with kind or status, copied into the party
            // rows) drives the query
            StringBuilder ids = new StringBuilder(
                    "SELECT DISTINCT agreement_id AS id FROM agreement_parties WHERE code = ?");
            List<Object> values = new ArrayList<>(List.of(parties.get(0)));
            if (kind != null) {
                ids.append(" AND kind = ?");
                values.add(kind.name());
                kindInDriver = true;
            } else if (status != null) {
                ids.append(" AND status = ?");
                values.add(status.name());
                statusInDriver = true;
            }
            where.drivenBy(ids.toString(), values.toArray());
        }
        for (String party : parties.subList(Math.min(1, parties.size()), parties.size())) {
            where.and("t.id IN (SELECT agreement_id FROM agreement_parties WHERE code = ?)", party);
        }
        if (kind != null && !kindInDriver) {
            where.and("t.kind = ?", kind.name());
        }
        if (status != null && !statusInDriver) {
            where.and("t.status = ?", status.name());
        }
        if (from != null) {
            where.and("t.date_latest >= ?", SqlDates.sql(from));
        }
        if (to != null) {
            where.and("t.date_earliest <= ?", SqlDates.sql(to));
        }
        if (text != null && !text.isBlank()) {
            where.and("t.title_folded LIKE ? ESCAPE '!'", TextFolding.containsPattern(text));
        }
        return where;
    }
}
