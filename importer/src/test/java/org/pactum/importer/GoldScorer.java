package org.pactum.importer;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Membership;
import org.pactum.model.PartyRef;

/**
 * The matching rules of shared/tools/score.py in Java: agreements by party set and agreeing dates, corridors
 * by a shared folded name or alias, memberships by member, organization and status (founding counts as member);
 * predictions matching an optional gold record are neither rewarded nor penalised.
 */
final class GoldScorer {

    /** True positives, false positives, false negatives of one kind. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d P=%.2f R=%.2f F1=%.2f", tp, fp, fn, precision(), recall(), f1());
        }
    }

    private static final Map<String, String> ORG_ALIASES = Map.ofEntries(
            Map.entry("d8", "D-8"), Map.entry("developing8", "D-8"), Map.entry("d8organizationforeconomiccooperation", "D-8"),
            Map.entry("sco", "SCO"), Map.entry("shanghaicooperationorganisation", "SCO"), Map.entry("shanghaicooperationorganization", "SCO"),
            Map.entry("ots", "OTS"), Map.entry("organizationofturkicstates", "OTS"), Map.entry("organisationofturkicstates", "OTS"),
            Map.entry("turkiccouncil", "OTS"), Map.entry("bri", "BRI"), Map.entry("beltandroadinitiative", "BRI"),
            Map.entry("beltandroad", "BRI"), Map.entry("eu", "EU"), Map.entry("europeanunion", "EU"), Map.entry("nato", "NATO"),
            Map.entry("northatlantictreatyorganization", "NATO"), Map.entry("asean", "ASEAN"), Map.entry("brics", "BRICS"),
            Map.entry("eaeu", "EAEU"), Map.entry("eurasianeconomicunion", "EAEU"), Map.entry("cis", "CIS"),
            Map.entry("commonwealthofindependentstates", "CIS"), Map.entry("wto", "WTO"), Map.entry("worldtradeorganization", "WTO"),
            Map.entry("au", "AU"), Map.entry("africanunion", "AU"), Map.entry("opec", "OPEC"), Map.entry("g20", "G20"),
            Map.entry("un", "UN"), Map.entry("unitednations", "UN"), Map.entry("csto", "CSTO"), Map.entry("gcc", "GCC"),
            Map.entry("oic", "OIC"), Map.entry("organisationofislamiccooperation", "OIC"), Map.entry("organizationofislamiccooperation", "OIC"),
            Map.entry("ecowas", "ECOWAS"), Map.entry("sadc", "SADC"), Map.entry("mercosur", "MERCOSUR"), Map.entry("guam", "GUAM"),
            Map.entry("eco", "ECO"), Map.entry("economiccooperationorganization", "ECO"), Map.entry("cica", "CICA"),
            Map.entry("apec", "APEC"), Map.entry("oecd", "OECD"), Map.entry("osce", "OSCE"), Map.entry("coe", "COE"),
            Map.entry("councilofeurope", "COE"));
    private static final Map<String, String> STATUS_EQUIV = Map.of("founding_member", "member", "full_member", "member",
            "memberstate", "member", "member_state", "member", "accession_candidate", "candidate", "partner_country", "partner",
            "dialoguepartner", "dialogue_partner");
    private static final Set<String> CORRIDOR_STOP = Set.of("corridor", "route", "railway", "railroad", "rail", "line", "link",
            "the", "project", "international", "transport");

    private GoldScorer() {
    }

    static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    static Map<String, Counts> score(JsonObject gold, ImportResult result) {
        return Map.of(
                "agreements", count(gold, "agreements", result.agreements(), GoldScorer::agreementMatch),
                "corridors", count(gold, "corridors", result.corridors(), GoldScorer::corridorMatch),
                "memberships", count(gold, "memberships", result.memberships(), GoldScorer::membershipMatch));
    }

    private static <T> Counts count(JsonObject gold, String kind, List<T> predicted, BiPredicate<JsonObject, T> match) {
        List<JsonObject> required = objects(gold, kind);
        List<JsonObject> optional = objects(gold, "optional_" + kind);
        Set<Integer> used = new HashSet<>();
        Counts c = new Counts();
        for (JsonObject g : required) {
            int hit = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i) && match.test(g, predicted.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                c.fn++;
            } else {
                used.add(hit);
                c.tp++;
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            T p = predicted.get(i);
            boolean optionalHit = optional.stream().anyMatch(o -> (o.containsKey("name") || o.containsKey("member")
                    || o.containsKey("parties")) && match.test(o, p));
            if (!optionalHit) {
                c.fp++;
            }
        }
        return c;
    }

    private static List<JsonObject> objects(JsonObject gold, String key) {
        List<JsonObject> out = new ArrayList<>();
        if (gold.containsKey(key) && gold.get(key).getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : gold.getJsonArray(key)) {
                out.add(v.asJsonObject());
            }
        }
        return out;
    }

    private static boolean agreementMatch(JsonObject g, Agreement p) {
        Set<String> gp = new TreeSet<>();
        for (JsonValue v : g.getJsonArray("parties")) {
            gp.add(code(v).toUpperCase(Locale.ROOT));
        }
        Set<String> pp = new TreeSet<>();
        for (PartyRef r : p.getParties()) {
            pp.add(r.getCode().toUpperCase(Locale.ROOT));
        }
        String gd = g.containsKey("date") && g.get("date").getValueType() == JsonValue.ValueType.STRING ? g.getString("date") : null;
        String pd = p.getSigned() == null ? null : p.getSigned().toString();
        return gp.equals(pp) && datesAgree(gd, pd);
    }

    private static boolean datesAgree(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return true;
        }
        String x = a.replaceAll("^[~?%]+|[~?%]+$", "");
        String y = b.replaceAll("^[~?%]+|[~?%]+$", "");
        return x.startsWith(y) || y.startsWith(x);
    }

    private static boolean corridorMatch(JsonObject g, Corridor p) {
        Set<String> gn = new HashSet<>();
        gn.addAll(corridorNames(g.getString("name", ""), g.containsKey("aliases") ? g.getJsonArray("aliases") : null));
        Set<String> pn = new HashSet<>(corridorNames(p.getName(), null));
        for (String a : p.getAliases()) {
            pn.addAll(corridorNames(a, null));
        }
        gn.retainAll(pn);
        return !gn.isEmpty();
    }

    private static Set<String> corridorNames(String name, JsonArray aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (aliases != null) {
            for (JsonValue v : aliases) {
                names.add(((JsonString) v).getString());
            }
        }
        Set<String> out = new HashSet<>();
        for (String n : names) {
            List<String> words = new ArrayList<>();
            for (String w : fold(n).split(" ")) {
                if (!w.isEmpty() && !CORRIDOR_STOP.contains(w)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    private static boolean membershipMatch(JsonObject g, Membership p) {
        return code(g.get("member")).equalsIgnoreCase(p.getMember())
                && orgKey(code(g.get("organization"))).equals(orgKey(p.getOrganization()))
                && statusKey(g.getString("status", "")).equals(statusKey(p.getStatus().name()));
    }

    private static String code(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            return v.asJsonObject().getString("code", "");
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString();
    }

    static String fold(String s) {
        String t = s.replaceAll("[\u2010-\u2015\u2212]", " ").replace("ı", "i").replace("İ", "I");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String orgKey(String c) {
        String k = fold(c).replace(" ", "").replaceAll("[^a-z0-9]", "");
        return ORG_ALIASES.getOrDefault(k, c.toUpperCase(Locale.ROOT));
    }

    private static String statusKey(String s) {
        String k = fold(s).replace(" ", "_");
        return STATUS_EQUIV.getOrDefault(k, k);
    }
}
