package org.pactum.service.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import org.pactum.model.MembershipStatus;

/**
 * Which memberships to read; null or empty means "any".
 *
 * @param parties each code is the member or the organization
 * @param asOf    the membership's period can include this day (an unknown start or end counts as open)
 * @param from    the period can reach this day or later
 * @param to      the period can reach this day or earlier
 */
public record MembershipFilter(List<String> parties, String member, String organization, MembershipStatus status,
                               LocalDate asOf, LocalDate from, LocalDate to) {

    public static final MembershipFilter ALL = new MembershipFilter(null, null, null, null);

    public MembershipFilter {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public MembershipFilter(String member, String organization, MembershipStatus status, LocalDate asOf) {
        this(List.of(), member, organization, status, asOf, null, null);
    }

    /** The memberships of a party, and for an organization, those in it. */
    public static MembershipFilter party(String code) {
        return new MembershipFilter(List.of(code), null, null, null, null, null, null);
    }

    Where where() {
        Where where = new Where();
        for (String party : parties) {
            // a UNION keeps both indexes usable (an OR of two columns would scan the table)
            where.and("t.id IN (SELECT id FROM memberships WHERE member = ? UNION "
                    + "SELECT id FROM memberships WHERE organization = ?)", party, party);
        }
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
        if (from != null) {
            where.and("(t.until_latest IS NULL OR t.until_latest >= ?)", SqlDates.sql(from));
        }
        if (to != null) {
            where.and("(t.since_earliest IS NULL OR t.since_earliest <= ?)", SqlDates.sql(to));
        }
        return where;
    }
}
