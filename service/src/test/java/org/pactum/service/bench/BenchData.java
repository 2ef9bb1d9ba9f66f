package org.pactum.service.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;
import org.pactum.model.Countries;
import org.pactum.model.Document;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.RecordIds;
import org.pactum.service.infrastructure.persistence.ConnectionPools;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DatabaseSettings;
import org.pactum.service.infrastructure.persistence.OrganizationTable;
import org.pactum.service.infrastructure.persistence.SchemaMigrator;
import org.pactum.service.infrastructure.persistence.StoreState;

/**
 * Fills an H2 data directory with synthetic, valid-looking records for the benchmark (not a test):
 * {@code BenchData <dataDir> <records>}: 40% agreements, 20% corridors, 40% memberships, one document per
 * 100 records. Writes the service's own tables and indexes, with batched inserts ({@link BulkInsert}).
 * The agreement with id printed at the end is the one the benchmark looks up.
 */
public final class BenchData {

    private static final String[] ORGANIZATIONS = {"SCO", "EU", "NATO", "BRICS", "ASEAN", "OTS", "D-8", "CSTO",
            "EAEU", "G20", "OPEC", "AU", "CIS", "GCC", "MERCOSUR", "OAS", "OIC", "APEC", "ECO", "CICA"};

    private BenchData() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        DatabaseSettings settings = DatabaseSettings.h2File(dir, 2);
        try (HikariDataSource pool = ConnectionPools.open(settings)) {
            new SchemaMigrator(pool, settings.dialect()).migrate();
            Database database = new Database(pool, settings.dialect());
            fill(database, records);
        }
    }

    static void fill(Database database, int records) {
        Random random = new Random(42);
        List<String> states = new ArrayList<>(Countries.alpha3Codes());
        states.sort(null);
        OrganizationTable organizations = new OrganizationTable();
        long started = System.nanoTime();
        database.inTransaction(c -> {
            for (String code : ORGANIZATIONS) {
                organizations.save(c, new Organization(code, "Organization " + code));
            }
            return null;
        });
        int batch = 2_000;
        String firstAgreement = null;
        for (int from = 0; from < records; from += batch) {
            int start = from;
            int end = Math.min(records, from + batch);
            String id = database.inTransaction(c -> {
                BulkInsert bulk = new BulkInsert(c);
                String first = null;
                for (int i = start; i < end; i++) {
                    String documentId = document(i / 100);
                    if (i % 100 == 0) {
                        Document d = new Document();
                        d.setId(documentId);
                        d.setTitle("Synthetic article " + (i / 100));
                        d.setOutlet("Bench Wire");
                        d.setPublished(EdtfDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12)));
                        bulk.add(d);
                    }
                    Evidence evidence = new Evidence(documentId, 10, 60, "x".repeat(50), 0.8, "bench");
                    int kind = i % 5;
                    if (kind < 2) {
                        Agreement a = new Agreement();
                        String p1 = states.get(random.nextInt(states.size()));
                        String p2 = states.get(random.nextInt(states.size()));
                        a.setTitle("Agreement " + i + " on cooperation between " + Countries.name(p1) + " and "
                                + Countries.name(p2));
                        a.setKind(AgreementKind.values()[random.nextInt(AgreementKind.values().length)]);
                        a.setStatus(AgreementStatus.values()[random.nextInt(AgreementStatus.values().length)]);
                        a.getParties().add(new PartyRef(p1, PartyRole.PARTY));
                        if (!p2.equals(p1)) {
                            a.getParties().add(new PartyRef(p2, PartyRole.PARTY));
                        }
                        a.setSigned(EdtfDate.of(1990 + random.nextInt(36), 1 + random.nextInt(12),
                                1 + random.nextInt(28)));
                        a.setPlace("Capital " + (i % 97));
                        a.getEvidence().add(evidence);
                        a.setId(RecordIds.agreementId(a));
                        bulk.add(a);
                        if (first == null) {
                            first = a.getId();
                        }
                    } else if (kind == 2) {
                        Corridor k = new Corridor();
                        k.setName("Corridor " + i);
                        k.getModes().add(CorridorMode.values()[random.nextInt(CorridorMode.values().length)]);
                        for (int n = 0; n < 3; n++) {
                            String country = states.get(random.nextInt(states.size()));
                            if (!k.getCountries().contains(country)) {
                                k.getCountries().add(country);
                            }
                        }
                        k.setStatus(CorridorStatus.values()[random.nextInt(CorridorStatus.values().length)]);
                        k.getEvidence().add(evidence);
                        k.setId(RecordIds.corridorId(k));
                        bulk.add(k);
                    } else {
                        Membership m = new Membership();
                        m.setMember(states.get(random.nextInt(states.size())));
                        m.setOrganization(ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]);
                        m.setStatus(MembershipStatus.values()[(i / 5) % MembershipStatus.values().length]);
                        m.setSince(EdtfDate.of(1950 + random.nextInt(70)));
                        m.getEvidence().add(evidence);
                        m.setId(RecordIds.membershipId(m) + "-" + i);
                        bulk.add(m);
                    }
                }
                bulk.flush();
                new StoreState().bump(c);
                return first;
            });
            if (firstAgreement == null) {
                firstAgreement = id;
            }
            if ((end / batch) % 25 == 0 || end == records) {
                System.out.printf("%,d records stored (%.0f s)%n", end, (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.println("lookup id: " + firstAgreement);
    }

    private static String document(int n) {
        return String.format("%016x", 0x5eed000000000000L + n);
    }
}
