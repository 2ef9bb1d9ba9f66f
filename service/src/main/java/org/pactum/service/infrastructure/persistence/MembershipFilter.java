package org.pactum.service.infrastructure.persistence;

import java.time.LocalDate;
import org.pactum.model.MembershipStatus;

/**
 * Which memberships to read; null means "any".
 *
 * @param asOf the membership's period can include this day (an unknown start or end is open)
 */
public record MembershipFilter(String member, String organization, MembershipStatus status, LocalDate asOf) {

    public static final MembershipFilter ALL = new MembershipFilter(null, null, null, null);

    Where where() {
        Where where = new Where();
        if (member != null) {
            where.and("t.member = ?", member);
        }
        if (organization != null) {
            where.and("t.organization = ?", organization);
        }
        if (status != null) {
            where.and("t.status = ?", status.name());
        }
        if (asOf != null) {
            where.and("(t.since_earliest IS NULL OR t.since_earliest <= ?)", SqlDates.sql(asOf));
            where.and("(t.until_latest IS NULL OR t.until_latest >= ?)", SqlDates.sql(asOf));
        }
        return where;
    }
}
