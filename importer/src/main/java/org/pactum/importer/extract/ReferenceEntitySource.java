package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pactum.importer.reference.KnownOrganization;
import org.pactum.importer.reference.MentionForm;
import org.pactum.importer.reference.KnownPlace;
import org.pactum.importer.reference.ReferenceData;
import org.pactum.model.Organization;

/** The extractors' view of the gazetteer ({@link ReferenceData}). */
public final class ReferenceEntitySource implements EntitySource {

    private final ReferenceData data;

    private ReferenceEntitySource(ReferenceData data) {
        this.data = data;
        for (var i : data.instruments()) {
            if (i.date() != null && i.date().length() == 10) {
                byDay.computeIfAbsent(i.date(), d -> new java.util.ArrayList<>()).add(new InstrumentInfo(i.title(), i.kind(), i.parties(), i.date()));
            }
        }
    }

    /** Over the reference data of this jar (loaded once). */
    public static ReferenceEntitySource load() {
        return new ReferenceEntitySource(ReferenceData.load());
    }

    @Override
    public List<Entity> find(CharSequence text) {
        return find(text, true);
    }

    private List<Entity> find(CharSequence text, boolean instruments) {
        List<Entity> out = new ArrayList<>();
        for (org.pactum.importer.reference.Mention m : data.find(text)) {
            if (m.nested()) {
                continue;
            }
            EntityForm form = m.form() == MentionForm.ADJECTIVE ? EntityForm.ADJECTIVE
                    : m.form() == MentionForm.ACRONYM ? EntityForm.ACRONYM : EntityForm.NAME;
            switch (m.type()) {
                case COUNTRY -> out.add(new Entity(m.start(), m.end(), EntityType.COUNTRY, m.code(), m.name(), form));
                case PLACE -> {
                    if (m.country() != null) {
                        String actor = data.place(m.code()).map(KnownPlace::actor).orElse(null);
                        out.add(new Entity(m.start(), m.end(), EntityType.PLACE, m.country(), m.name(), form, actor));
                    }
                }
                // a leader stands for the state: "Modi and Paetongtarn signed a joint declaration"
                case STATE_ACTOR -> out.add(new Entity(m.start(), m.end(), EntityType.COUNTRY, m.country(), m.name(), EntityForm.STATE_ACTOR));
                case ORGANIZATION -> out.add(new Entity(m.start(), m.end(), EntityType.ORGANIZATION, m.code(), m.name(), form));
                case CORRIDOR -> out.add(new Entity(m.start(), m.end(), EntityType.CORRIDOR, m.code(), m.name(), form));
                case INSTRUMENT -> {
                    if (!instruments) {
                        continue;
                    }
                    out.add(new Entity(m.start(), m.end(), EntityType.INSTRUMENT, m.code(), m.name(), form));
                    // the states and organizations named inside a title ("... between Azerbaijan and Turkey") count too
                    // (searched without the title's first word, or the whole title would match again)
                    String title = text.subSequence(m.start(), m.end()).toString();
                    int skip = title.indexOf(' ') + 1;
                    if (skip > 0) {
                        int base = m.start() + skip;
                        for (Entity inner : find(title.substring(skip), false)) {
                            out.add(new Entity(inner.start() + base, inner.end() + base, inner.type(), inner.code(),
                                    inner.name(), inner.form()));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    @Override
    public Optional<CorridorInfo> corridor(String code) {
        return data.corridor(code).map(c -> new CorridorInfo(c.name(),
                c.aliases().stream().map(a -> a.startsWith("?") ? a.substring(1) : a).toList(), c.countries(), c.modes(), c.partOf()));
    }

    @Override
    public Optional<InstrumentInfo> instrument(String code) {
        return data.instrument(code).map(i -> new InstrumentInfo(i.title(), i.kind(), i.parties(), i.date()));
    }

    @Override
    public List<InstrumentInfo> instrumentsOf(String isoDay) {
        return byDay.getOrDefault(isoDay, List.of());
    }

    /** The known instruments by the day they were signed (only those the data dates to the day). */
    private final java.util.Map<String, List<InstrumentInfo>> byDay = new java.util.HashMap<>();

    @Override
    public List<String> groupNamedIn(String lower) {
        for (String name : data.groupNames()) {
            int at = lower.indexOf(name);
            // "the Baltic states", "the three Baltic states", "all five Central Asian countries"
            java.util.regex.Matcher before = at > 0 ? GROUP_BEFORE.matcher(lower.substring(Math.max(0, at - 20), at)) : null;
            if (before != null && before.find()) {
                List<String> group = data.group(name).orElse(List.of());
                // ("the two Nordic countries" are two of the five, not the group)
                return before.group(1) == null || Words.count(before.group(1)) == group.size() ? group : List.of();
            }
        }
        return List.of();
    }

    private static final java.util.regex.Pattern GROUP_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:the|all|these|those)\\s+(?:(two|three|four|five|six|seven|eight|nine|\\d)\\s+)?$");

    @Override
    public Optional<Organization> organization(String code) {
        return data.organization(code).map(ReferenceEntitySource::toOrganization);
    }

    private static Organization toOrganization(KnownOrganization k) {
        Organization o = new Organization(k.code(), k.name());
        o.getAliases().addAll(k.aliases());
        return o;
    }
}
