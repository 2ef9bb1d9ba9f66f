package org.pactum.importer.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.pactum.model.Agreement;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * A body's founding instrument is signed by its founders, not by the body it creates: "Russia, Belarus and Ukraine signed
 * the Agreement on the Establishment of the CIS" has the three states as parties. When the agreement rules found only the
 * body (named in the title) and the membership rules found its founders in the same sentence, the founders are the parties.
 */
final class FoundingSigners {

    private static final Pattern FOUNDING_TITLE = Pattern.compile("(?i)\\b(?:establishment|creation|founding|formation) of\\b|\\b(?:establishing|creating|founding)\\b");

    void apply(List<Candidate<Agreement>> agreements, List<Candidate<Membership>> memberships) {
        for (Candidate<Agreement> c : agreements) {
            Agreement a = c.record();
            if (a.getParties().size() != 1 || a.getTitle() == null || !FOUNDING_TITLE.matcher(a.getTitle()).find()) {
                continue;
            }
            String body = a.getParties().get(0).getCode();
            List<String> founders = memberships.stream()
                    .filter(m -> m.sentence().index() == c.sentence().index() && body.equals(m.record().getOrganization())
                            && m.record().getStatus() == MembershipStatus.FOUNDING_MEMBER)
                    .map(m -> m.record().getMember()).distinct().toList();
            if (founders.size() >= 2) {
                a.getParties().clear();
                founders.forEach(f -> a.getParties().add(new PartyRef(f, PartyRole.PARTY)));
            }
        }
    }
}
