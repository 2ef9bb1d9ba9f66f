package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.ListLines;
import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Countries;
import org.pactum.model.EdtfDate;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * Agreements: an instrument's name in a sentence, its parties (named in the clause, listed after "between",
 * or "the two sides" resolved to the pair under discussion), its dates (tied to the signing verb) and its
 * status from the verbs, with the tense judged against the publication date.
 */
final class AgreementExtractor {

    private static final String DETS = "(?:\\s+(?:a|an|the|this|its|their|new|first|second|third|\\w+-year|\\d{4}|historic|landmark|broader|wider|deeper|larger|formal|full|bilateral|trilateral|tripartite|multilateral|quadrilateral|\\w+ly|\\w+ing|text|draft|of))*\\s*[\"\u201c'\u2018]?$";
    /**
     * "signed in Bamako the Liptako-Gourma Charter", "adopted on Sunday (6), in Rio de Janeiro, the Rio de Janeiro Declaration":
     * the day and the place of signing may stand between the verb and the instrument.
     */
    private static final String SIGNED_IN = "(?:\\s*,?\\s+(?:in|at|on)\\s+(?:\\p{Lu}[\\p{L}-]*|\\d{1,4})(?:\\s+(?:de|da|do|\\p{Lu}[\\p{L}-]*|\\(\\d{1,2}\\)|\\d{1,4})){0,3},?){0,2}"
            // "signed by video link an intergovernmental agreement": how, not by whom
            + "(?:\\s+(?:by|via|over) (?:a )?video(?:[- ]?link|[- ]?conference)?|\\s+online|\\s+remotely|\\s+virtually)?";
    // compiled once: these run on every instrument and every mention after it
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLURAL_ENDING = Pattern.compile("(?i)s$|(?i)a$");
    private static final Pattern ENDS_WITH_WITH = Pattern.compile("(?s).*\\swith\\s+(?:the\\s+)?");
    /** ", on 15 December", ", Uganda, on 15 December": the date of the signing just named (a place's state between). */
    private static final Pattern COMMA_IN_ON = Pattern.compile("\\s*,\\s*(?:\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s*,\\s*)?(?:in|on)\\s+");
    /** " at the first EU–Central Asia Summit held in Samarkand on ": the gap to the date of the meeting that adopted it. */
    private static final Pattern AT_MEETING_ON = Pattern.compile("\\s+at\\s+(?:the\\s+|a\\s+)?[^,.;]{0,60}?\\b(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Ff]orum|[Cc]onference)"
            + "(?:\\s+held)?(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?\\s+(?:on|in)\\s+");
    private static final Pattern ADMISSION_OF = Pattern.compile("(?i).*\\b(?:admission|accession)\\s+of\\b.*");
    /** Between two parties after "between": ", and the", "the governments of". */
    private static final Pattern BETWEEN_GAP = Pattern.compile("\\s*,?\\s*(?:and|&)?\\s*(?:the\\s+)?"
            + "(?:(?:governments?|leaders?|presidents?|peoples?|states?)\\s+of\\s+(?:the\\s+)?)?");
    // (the business press's verbs too: "penned", "clinched", "put pen to paper on", "put her name to")
    private static final Pattern LINK_BEFORE = SearchPatterns.startingWith("sicfrabpSICFRABP", "(?i)\\b(?:signed|sign|signs|signing(?: of)?|inked|concluded|conclude"
            + "|finali[sz]ed|finali[sz]e|reached|adopted|approved|approve|ratify|ratified|initial(?:l)?ed|struck|sealed|penned|clinched|put pen to paper on"
            + "|put (?:his|her|their|its) (?:names?|signatures?) (?:to|on)"
            + "|include|includes|including:?|issued|issue|issues"
            + "|included|agreed (?:on|to)|confirmed by|by|issuing|adoption of|replaced|replaces|superseded|supersedes)"
            // "signed with China a memorandum": the counterpart may stand between the verb and the instrument
            + "(?:\\s+with\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}-]*){0,3})?" + SIGNED_IN + DETS);
    private static final Pattern FUTURE_BEFORE = SearchPatterns.startingWith("wtspiargeWTSPIARGE", "(?i)\\b(?:will|to|would|shall|plans? to|planning to|intends? to"
            + "|expected to|set to|is to|are to|ready to|going to)\\s+(?:sign|conclude|finali[sz]e|ink|adopt|approve)" + SIGNED_IN + DETS);
    private static final Pattern LINK_AFTER = SearchPatterns.startingWith("wiahbscfdrpWIAHBSCFDRP", "(?i)\\b(?:(?:was|were|is|are|has been|have been|had been|being|be)\\s+)?"
            + "(?<!not )(?<!never )(signed|concluded|finali[sz]ed|inked|adopted|dated|initial(?:l)?ed|ratified|issued"
            // "the deal was sealed", not "to move sealed road cargo": the business press's verbs after an auxiliary only
            + "|(?<=\\b(?:was|were|is|are|been|being)\\s)(?:sealed|penned|clinched))\\b(?!\\s+(?:a|an)\\s)");
    private static final Pattern IN_FORCE = SearchPatterns.startingWith("ecwtpaECWTPA", "(?i)\\b(?:entered|enters|came|comes|went) into (?:force|effect)\\b|\\btook effect\\b"
            + "|\\bprovisionally applied\\b|\\bapplied provisionally\\b"); // (provisional application: in force, for the scorer and analysts)
    /** " with the EU, which includes a Deep and Comprehensive Free Trade Area, in ": a relative clause between a title and its date. */
    private static final Regions.Needing RELATIVE_ASIDE_THEN = new Regions.Needing(
            Pattern.compile("(?:\\s+with\\s+[^,;]{1,40}?)?\\s*,\\s*which\\s+[^,;]{1,100},\\s*(?:in|on)\\s+"), "which");
    /** " worth about 2.5 billion euros for 18 Rafale fighter jets": what a procurement contract buys. */
    private static final Pattern PROCUREMENT_AFTER = Pattern.compile("(?i)(?:\\s+worth\\s+[^,;]{1,40}?)?\\s+(?:for|to buy|to purchase|to acquire)\\s+(?:the\\s+)?"
            + "(?:(?:purchase|delivery|supply|acquisition) of\\s+)?[^,;.]{0,40}?\\b(?:jets|aircraft|fighters|helicopters|tanks|warships|ships|frigates|corvettes"
            + "|submarines|missiles|drones|howitzers|locomotives|trains|wagons|buses)\\b");
    private static final Pattern DETERMINER_BEFORE_YEAR = Pattern.compile(".*\\b(?:the|its|their|this|that)\\s+");
    private static final Pattern INSTRUMENT_NOUN_AFTER_YEAR = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+){0,2}(?:agreement|treaty|accord|deal|protocol|memorandum"
            + "|convention|declaration|contract|pact|charter)s?\\b");
    private static final Pattern DIRECT_DATE = Pattern.compile("^\\s*(?:\\u2019|\\u201d|\")?\\s*,?\\s*(?:of|dated|signed(?: on| in)?)\\s+$");
    private static final Pattern ANAPHOR = SearchPatterns.startingWith("tbeTBE", "(?i)\\b(?:the two sides|both sides|the two countries|both countries|the two states|the two neighbou?rs|both neighbou?rs"
            + "|both states|the two nations|both nations|the two governments|both governments|the sides|bilateral(?:ly)?"
            + "|(?:the two|both) (?:[\\p{L}-]+ ){1,3}(?:countries|nations|states|newcomers|neighbou?rs|allies)|the two (?:[\\p{L}-]+ ){0,2}(?:ministers|presidents|leaders)|each other)\\b");
    /**
     * "the leaders signed a joint statement": the pair; a named declaration too when no organization was named before
     * (summits of an organization adopt named declarations: see the issuer).
     */
    private static final Pattern LEADERS = Pattern.compile("(?i)\\b(?:the|both) (?:leaders|presidents|heads of state)\\b");
    /** "Following the meeting, the participating countries adopted a joint statement": all those who took part. */
    private static final Pattern PARTICIPANTS = Pattern.compile("(?i)\\b(?:the|all) (?:participating (?:countries|states|sides|parties)|participants"
            + "|heads of delegations?)\\b");
    /** "are in force", ", in force since 2013,": the instrument holds now. */
    private static final Pattern IN_FORCE_NOW = Pattern.compile("(?i)\\s*(?:(?:are|is|were|was|remain|remains|has been|have been)\\s+|,\\s*)(?:already\\s+|still\\s+)?in (?:force|effect)\\b");
    /** "exchanged diplomatic notes that brought the Falepili Union Treaty into force": the verb before, the words after. */
    private static final Pattern BROUGHT_BEFORE = Pattern.compile("(?is).*\\b(?:brought|bring|brings|bringing|put|puts|putting)\\s+$");
    private static final Pattern INTO_FORCE_AFTER = Pattern.compile("(?i)\\s+into (?:force|effect)\\b");
    private static final Pattern THE_PARTIES = SearchPatterns.startingWith("tbaTBA", "(?i)\\b(?:the|both|all) parties\\b");
    /** The one state and the one body the title of a status instrument names ("... granting Laos the status of SCO dialogue partner"). */
    private static Set<String> statusParties(SentenceView v, Instrument ins) {
        if (!MEMBERSHIP_TITLE.matcher(ins.title()).find()) {
            return Set.of();
        }
        Set<String> states = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            if (m.start() >= ins.start() && m.end() <= ins.end() && m.canAct()) {
                if (m.isState()) {
                    states.add(m.code());
                } else if (m.isOrganization() && !m.isProgramme()) {
                    bodies.add(m.code());
                }
            }
        }
        if (states.size() != 1 || bodies.size() != 1) {
            return Set.of();
        }
        states.addAll(bodies);
        return states;
    }

    // ("... established the CSTO in 2002; its Charter was signed in Chisinau": "its" after the clause that named the body)
    private static final Pattern BODY_POSSESSIVE_BEFORE = Pattern.compile("(?i)\\bthe (?:grouping|bloc|organi[sz]ation|union|alliance|community|group|body)(?:'s|\u2019s)\\s+$"
            + "|;\\s+(its)\\s+$");

    /** The possessive of a kind noun ("the grouping's") right before a bare title ("Charter") in {@code before}, or null. */
    private static Matcher ownerBeforeBareTitle(Instrument ins, String before) {
        Matcher owner = BODY_POSSESSIVE_BEFORE.matcher(before);
        return ins.title().indexOf(' ') < 0 && owner.find() ? owner : null;
    }

    /** "signed and adopted the grouping's Charter": the verb governs the title its owner's possessive stands before. */
    private static boolean ownedTitleLinked(Instrument ins, String before) {
        Matcher owner = ownerBeforeBareTitle(ins, before);
        return owner != null && LINK_BEFORE.matcher(before.substring(0, owner.start()) + "the ").find();
    }

    /** The body a kind noun's possessive names right before a bare title ("the grouping's Charter"), or null. */
    private static Mention owningBody(DocumentAnalysis doc, SentenceView v, Instrument ins) {
        return ownerBeforeBareTitle(ins, v.text().substring(Math.max(0, ins.start() - 24), ins.start())) == null ? null
                : doc.lastOrganization(v.index(), ins.start(), 2);
    }

    /** Titles of instruments between two states: relations, friendship, strategic partnership, alliance. */
    private static final Pattern BILATERAL_TITLE = Pattern.compile("(?i)\\b(?:relations|friendship|good[- ]neighbou?r(?:liness|hood)"
            + "|strategic partnership|allied|alliance)\\b");

    private static final Pattern WHOSE_BEFORE = Pattern.compile("(?i),\\s+whose\\s+$");

    /**
     * "..., and with the Eurasian Economic Community, whose agreement with Serbia, signed in Moscow ...": the one the relative
     * clause hangs on, with the counterparts its title names after "with"; else an empty set.
     */
    private static Set<String> whoseParties(SentenceView v, Instrument ins) {
        String text = v.text();
        int at = ins.title().regionMatches(true, 0, "whose ", 0, 6) ? ins.start() + 6 : ins.start();
        Matcher whose = WHOSE_BEFORE.matcher(text).region(Math.max(0, at - 12), at);
        if (!whose.find()) {
            return Set.of();
        }
        Mention owner = null;
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            if ((m.isState() || m.isOrganization() && !m.isProgramme()) && m.end() <= whose.start() && whose.start() - m.end() <= 8) {
                owner = m;
            }
        }
        if (owner == null) {
            return Set.of();
        }
        out.add(owner.code());
        namedAfterWith(v, ins).forEach(m -> out.add(m.code()));
        return out.size() >= 2 ? out : Set.of();
    }

    /** The states and bodies the instrument's name sets after its "with" ("Treaty of Peace and Friendship with Chile"), in order. */
    private static List<Mention> namedAfterWith(SentenceView v, Instrument ins) {
        int with = ins.title().indexOf(" with ");
        List<Mention> out = new ArrayList<>();
        for (Mention m : v.mentions()) {
            if (with >= 0 && (m.isState() || m.isOrganization() && !m.isProgramme()) && m.start() >= ins.start() + with
                    && m.end() <= ins.end()) {
                out.add(m);
            }
        }
        return out;
    }

    private static final Pattern ACCESSION_WORD = Pattern.compile("(?i)\\b(?:accession|admission)\\b");

    /**
     * An instrument of accession between states only ("The protocol on North Macedonia's accession was signed by the allies",
     * "Somali President Hassan Sheikh Mohamud signed the Treaty of Accession at State House Entebbe, Uganda"): between the
     * acceding state, the one its title names or else the first signer, and the body under discussion; else an empty set.
     */
    private static Set<String> accessionParties(DocumentAnalysis doc, SentenceView v, Instrument ins, Set<String> parties) {
        if (!ACCESSION_WORD.matcher(ins.title()).find() || parties.size() > 2 || ins.title().contains(" with ")) {
            return Set.of();
        }
        String acceding = null;
        for (Mention m : v.mentions()) {
            if (m.isState() && m.start() >= ins.start() && m.end() <= ins.end()) {
                if (acceding != null && !acceding.equals(m.code())) {
                    return Set.of();
                }
                acceding = m.code();
            }
        }
        if (acceding == null) {
            acceding = parties.iterator().next();
        }
        Mention body = doc.lastOrganization(v.index(), ins.start(), 3);
        if (body == null) {
            body = doc.topicOrganization(v.index(), ins.start());
        }
        return body == null ? Set.of() : new LinkedHashSet<>(List.of(acceding, body.code()));
    }

    /**
     * "the eight parties", "the three countries", "all three countries", "the five leaders": a group counted out earlier
     * (not a part of it: "free trade agreements with eight of the 11 members" names none of them).
     */
    private static final Pattern COUNTED = SearchPatterns.startingWith("thlmpaTHLMPA", "(?i)\\b(?<!\\b(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|most|many|none) of )(?:the|all(?: the)?|heads of state of|heads of|leaders of|ministers of|presidents of) (three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
            + " (?:[\\p{L}-]+ (?:and [\\p{L}-]+ )?)?(?:parties|countries|states|sides|nations|governments|leaders|signatories|members|ministers|presidents|juntas|regimes|partners|allies)\\b");
    /** ", approved the Program ...", "and signed the Agreement ...": a verb whose subject is the sentence's. */
    private static final Pattern SUBJECTLESS_VERB = Pattern.compile("^[\\s,]*(?:and\\s+)?(?:also\\s+)?(?:signed|approved|adopted|endorsed|concluded|initialled|initialed)\\b");
    /** ", which signed its own protocol of accession": a relative clause whose verb's subject is the name it follows. */
    private static final Pattern RELATIVE_SIGNED = Pattern.compile("^\\s*,\\s*which\\s+(?:also\\s+|had\\s+|has\\s+)?(?:signed|concluded|initialled|initialed)\\b");
    /** "its members signed": the member states of the organization just named, acting together. */
    private static final Pattern ITS_MEMBERS = Pattern.compile("(?i)\\b(?:its|the bloc's|the union's|the group's) (?:members|member states|member countries)\\b");
    /** "Iran and the union signed": the organization under discussion, referred to by its kind. */
    private static final Pattern NEGOTIATING_BEFORE = SearchPatterns.startingWith("iawhbscntIAWHBSCNT", "(?i)\\b(?:is|are|was|were|has been|have been|had been|began|begun|started|continues?|continued)"
            + "\\s+(?:(?:also|still|now|currently|already|actively|jointly|separately|reportedly)\\s+){0,2}negotiating" + DETS
            // "Talks on a free trade agreement with New Zealand were launched", "Negotiations with Oman on a comprehensive ..."
            + "|\\b(?:talks|negotiations)\\s+(?:with\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+)?(?:on|over|for|towards|about)" + DETS);
    /** "The council is ...", "The bloc has ...": the clause opens with the organization under discussion, named by its kind. */
    private static final Pattern ORG_SUBJECT_BY_KIND = Pattern.compile("(?i)(?:^\\W*|\\b(?:that|and)\\s+|^[^,;]{1,40},\\s+)the (union|bloc|alliance|organi[sz]ation|grouping|community|council)"
            // ("the free trade agreement with Singapore that the bloc signed in Rio de Janeiro")
            + "\\s+(?:already\\s+|now\\s+|still\\s+)?(?:is|are|was|were|has|have|had|also|will|signed|concluded|struck|inked)\\b");
    private static final Pattern ORG_BY_KIND = Pattern.compile("(?i)\\bthe (?:union|bloc|alliance|organi[sz]ation|grouping|community)\\b(?!'| of\\b)");
    /** "The NDB was established under an agreement", "which set up the Turkic Council": founded, so not a party. */
    private static final Pattern FOUNDED_AFTER = Pattern.compile("(?i)^,?\\s+(?:(?:was|were|is|has been|had been)\\s+)?(?:established|founded|set up|created|formed|launched)\\b");
    private static final Pattern FOUNDED_BEFORE = SearchPatterns.startingWith("efsclEFSCL", "(?i)\\b(?:established|founded|set up|created|establishing|founding|setting up|creating|launching|establishment of|creation of)\\s+(?:the\\s+)?$");
    private static final Pattern KNOWN_AS_BEFORE = SearchPatterns.startingWith("kcrlKCRL", "(?i)\\b(?:known as|called|renamed(?: itself)?|later)\\s+(?:the\\s+)?$");
    /**
     * The date written right after the one counterpart of {@code pair} that is named after the instrument, before any other
     * state or body: "with the United States of America in September 2025 in New York and with the European Union in July 2025".
     */
    private static EdtfDate ownDate(SentenceView v, Instrument ins, Set<String> pair) {
        // ("signed FTAs with New Zealand in March and Vietnam in May": the name ran over the list, its dates inside it)
        int with = v.text().indexOf(" with ", ins.start());
        int from = with >= 0 && with < ins.end() ? with : ins.end();
        List<Mention> after = v.mentions().stream().filter(m -> m.start() >= from && (m.isState() || m.isOrganization())).toList();
        for (int i = 0; i < after.size(); i++) {
            Mention m = after.get(i);
            if (!pair.contains(m.code())) {
                continue;
            }
            int limit = i + 1 < after.size() ? after.get(i + 1).start() : v.text().length();
            for (DateMention d : v.dates()) {
                if (d.start() >= m.end() && d.end() <= limit && d.start() - m.end() <= 30) {
                    return d.date();
                }
            }
            return null;
        }
        return null;
    }

    /** ", and with Ukraine in December 2008": the same kind of instrument again, with another counterpart. */
    private static final Pattern AND_WITH_ANOTHER = Pattern.compile("\\s*(?:(?:in|on)\\s+[^,;.]{1,30}?)?\\s*,?\\s+and\\s+with\\s+(?:the\\s+)?$");

    /**
     * "The United States signed a Charter on Strategic Partnership with Georgia in January 2009 and with Ukraine in December
     * 2008": a second instrument of the same kind between the signer and the state after "and with", dated by its own date.
     */
    private static Agreement withAnotherCounterpart(SentenceView v, Instrument ins, Agreement a) {
        if (ins.plural() || a.getParties().size() != 2) {
            return null;
        }
        List<Mention> after = v.mentions().stream().filter(m -> m.start() >= ins.start() && (m.isState() || m.isOrganization())).toList();
        for (int i = 0; i + 1 < after.size(); i++) {
            Mention first = after.get(i);
            Mention second = after.get(i + 1);
            String signer = a.getParties().stream().map(PartyRef::getCode).filter(c -> !c.equals(first.code())).findFirst().orElse(null);
            if (signer == null || signer.equals(second.code()) || a.getParties().stream().noneMatch(p -> p.getCode().equals(first.code()))
                    || !Regions.matches(AND_WITH_ANOTHER, v.text(), first.end(), second.start())) {
                continue;
            }
            Agreement again = new Agreement();
            again.setTitle(a.getTitle().replace(" with " + v.text().substring(first.start(), first.end()), " with "
                    + v.text().substring(second.start(), second.end())));
            again.setKind(a.getKind());
            again.setStatus(a.getStatus());
            again.getParties().add(new PartyRef(signer, PartyRole.PARTY));
            again.getParties().add(new PartyRef(second.code(), PartyRole.PARTY));
            again.setSigned(ownDate(v, ins, Set.of(second.code())));
            EdtfDate firstDate = ownDate(v, ins, Set.of(first.code()));
            if (firstDate != null) {
                a.setSigned(firstDate);
            }
            return again;
        }
        return null;
    }

    private static final Pattern FIRST_SUCH = Pattern.compile("(?i)^(?:the\\s+)?(?:first|initial)\\s+(?:such\\s+)?");
    private static final Pattern FOLLOWED_BY = Pattern.compile("[^.;]{0,60}?,\\s+followed by\\s+(?:the\\s+)?");

    /**
     * "Ukraine signed its first security agreement with the United Kingdom in January, followed by Germany and France in
     * February": the same kind of instrument between the signer and each state after "followed by", dated by the date after them.
     */
    private static List<Agreement> followedBy(SentenceView v, Instrument ins, Agreement a) {
        if (ins.plural() || a.getParties().size() != 2 || !v.lower().contains("followed by")) {
            return List.of();
        }
        // the counterpart: the first party named after the instrument's start ("with the United Kingdom")
        Mention first = v.mentions().stream().filter(m -> m.start() >= ins.start() && (m.isState() || m.isOrganization())
                && a.getParties().stream().anyMatch(p -> p.getCode().equals(m.code()))).findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        int with = a.getTitle().indexOf(" with ");
        // ("The first such agreement": the followers are no first ones)
        String kind = FIRST_SUCH.matcher(singularTitle(with < 0 ? a.getTitle() : a.getTitle().substring(0, with))).replaceFirst("");
        kind = kind.isEmpty() ? a.getTitle() : Words.capitalized(kind);
        Matcher f = FOLLOWED_BY.matcher(v.text()).region(first.end(), v.text().length());
        if (!f.lookingAt()) {
            return List.of();
        }
        String signer = a.getParties().stream().map(PartyRef::getCode).filter(c -> !c.equals(first.code())).findFirst().orElse(null);
        List<Mention> next = Gaps.listedFrom(v, f.end(), m -> m.isState() && m.canAct() && !m.isAdjective());
        if (signer == null || next.isEmpty()) {
            return List.of();
        }
        Mention last = next.get(next.size() - 1);
        EdtfDate date = v.dates().stream().filter(d -> d.start() >= last.end() && d.start() - last.end() <= 12).map(DateMention::date).findFirst().orElse(null);
        List<Agreement> out = new ArrayList<>();
        for (Mention m : next) {
            if (m.code().equals(signer)) {
                continue;
            }
            Agreement b = new Agreement();
            b.setTitle(kind + " with " + v.text().substring(m.start(), m.end()));
            b.setKind(a.getKind());
            b.setStatus(a.getStatus());
            b.getParties().add(new PartyRef(signer, PartyRole.PARTY));
            b.getParties().add(new PartyRef(m.code(), PartyRole.PARTY));
            b.setSigned(date);
            out.add(b);
        }
        return out;
    }

    /** "Both countries already have Association Agreements with the EU": agreements held, so they exist. */
    private static final Pattern HELD_BEFORE = SearchPatterns.startingWith("hH", "(?i)\\b(?:have|has|had)\\s+(?:already\\s+|long\\s+|also\\s+)?(?:an?\\s+|their\\s+|its\\s+)?(?:[a-z-]+\\s+(?:and\\s+)?){0,3}$");
    /** "With Azerbaijan — the memorandum on ...": a verbless line continuing "X signed documents with each of the sides". */
    private static final Pattern WITH_FRAGMENT = Pattern.compile("^With\\s+(?:the\\s+)?[\\p{Lu}][^\u2014\u2013:]{0,40}?\\s*[\u2014\u2013:-]\\s");
    /** "after it signed", "when it ratified": a singular pronoun as the signer. */
    private static final Pattern IT_SIGNED = Pattern.compile("\\bit\\s+(?:also\\s+|had\\s+|has\\s+)?(?:signed|concluded|ratified|initial(?:l)?ed)\\s+(?:its\\s+|the\\s+|an?\\s+)?"
            + "(?:(?:own|first|new|second|latest)\\s+)?$");
    /** What may stand between a capital as subject and the signing: "Santiago had already signed", "Tokyo on Monday signed". */
    private static final Pattern CAPITAL_SIGNS = Pattern.compile("\\s+(?:(?:has|had|have|also|already|on \\p{Lu}\\p{Ll}+day|then|finally|formally|just)\\s+){0,3}"
            + "(?:signed|concluded|inked|initial(?:l)?ed|ratified)\\s+");
    /** "in", "to", "from": a capital as a place, not as the government. */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|at|to|from|near|via|through|between|of|and)\\s+$");

    /** The state whose capital is the subject of the signing verb before the instrument, or null. */
    private static String capitalSubject(SentenceView v, Clause clause, Instrument ins) {
        String text = v.text();
        for (Mention m : v.mentions()) {
            if (m.start() < clause.start() || m.end() > ins.linkStart()) {
                continue;
            }
            if (m.isCapital() && !m.isPossessive()
                    && !PLACE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(clause.start(), m.start() - 10), m.start())).find()
                    && Regions.matches(CAPITAL_SIGNS, text, m.end(), ins.linkStart() - leadingDeterminer(text, ins.linkStart()))) {
                return m.code();
            }
        }
        return null;
    }

    /** The length of "a ", "an ", "the ", "its " right before {@code pos}. */
    private static int leadingDeterminer(String text, int pos) {
        for (String d : List.of("a ", "an ", "the ", "its ", "their ")) {
            if (pos >= d.length() && text.regionMatches(true, pos - d.length(), d, 0, d.length())) {
                return d.length();
            }
        }
        return 0;
    }

    /** ", and in November 2005 " before "it": a clause coordinated with the one before, sharing its subject. */
    private static final Pattern COORDINATED_IT = Pattern.compile(".*(?:,\\s+and\\s+|;\\s+)(?:[\\p{L}\\d]+,?\\s+){0,4}", Pattern.DOTALL);
    /** "It was the first ..., and in November 2005 it signed ...": a sentence whose subject is "It" (after a time phrase or two). */
    private static final Pattern IT_SUBJECT_OPENING = Pattern.compile("\\W*(?:[\\p{L}\\d]+,?\\s+){0,6}?It\\s+\\p{Ll}+");
    /** "In October last year ", "Then ": a sentence opening with at most a time phrase before its pronoun subject. */
    private static final Pattern TIME_PHRASE_THEN_IT = Pattern.compile("\\W*(?:In|On|By|Since|Last|This|Earlier|Later|Then|Now|Also|And|But|So)"
            + "\\b[\\p{L}\\d ]{0,30}?,?\\s+");
    /** "the protocol of accession will be signed at the conference": not signed yet. */
    private static final Pattern FUTURE_AFTER = Pattern.compile("(?i)^[^.;]{0,20}?\\b(?:will|would|is to|are to|is expected to|are expected to|is due to|are due to)"
            + "\\s+be\\s+(?:signed|concluded|adopted)\\b");
    private static final Pattern ACCESSION_INSTRUMENT = Pattern.compile("(?i)(?:the\\s+)?(?:protocol|treaty|agreement)\\s+(?:of|on)\\s+(?:the\\s+)?accession\\s*$");
    private static final Pattern MEMBERSHIP_TITLE = SearchPatterns.startingWith("maodpjMAODPJ", "(?i)\\b(?:member|membership|accession|admission|observer"
            + "|dialogue partner|partner status|joining)\\b");
    private static final Pattern AGREED_TO = Pattern.compile("(?i)\\b(?:have |has |had )?agreed\\s+(?:in\\s+\\d{4}\\s+|on\\s+\\w+\\s+)?to\\s+"
            + "((?:[\\p{L}-]+\\s+){0,6}[\\p{L}-]+)");
    private static final Pattern OCCASION = SearchPatterns.startingWith("dao", "\\b(?:during|at|on the sidelines of|on the margins of)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?"
            + "((?:[\\p{L}\\d()'\u2019-]+\\s+){0,6}?(?:summit|visit|meeting|forum|conference|session|talks))\\b");

    /** "the Reciprocal Access Agreement (RAA) between Japan and the Philippines": the parties follow the name. */
    private static final Pattern ON_THE_BEFORE = Pattern.compile("\\b(?:on|of|for) the\\s+$");
    private static final Pattern BETWEEN_AFTER = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:(?:of|on|in|for)\\s+(?:[a-z-]+\\s+){0,4})?between\\s");
    private static final Pattern HELD_WITH = Pattern.compile("\\s+(?:(?:already\\s+)?in (?:force|effect)\\s+)?with\\s");
    private static final Pattern BODY_SUBJECT_SIGNED = Pattern.compile("(?i)(?:^|[,;]\\s*|\\b(?:and|but|that|while)\\s+)the (union|bloc|alliance|organi[sz]ation"
            + "|grouping|community)\\s+(?:(?:has|had|have|also|already|then|later|recently|jointly)\\s+)*(?:signed|concluded|inked|sealed|struck"
            + "|finali[sz]ed)\\s+[^.;]*$");
    private static final Pattern SIGNED_BY_COUNTED_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:signed|concluded|adopted) by the (two|three|four|five"
            + "|six|seven|eight|nine|ten|\\d{1,2}) (?:countries|states|sides|governments|nations)\\b");
    private static final Pattern FOUNDED_WITH_BEFORE = Pattern.compile("(?i)\\b(?:founded|established|created|set up|launched)\\b[^.;]{0,25}?\\b(?:with|under"
            + "|through|by|on the basis of)\\s+(?:the\\s+)?$");
    private static final Pattern ADOPTED_BY_GAP = Pattern.compile("[^.;]{0,40}?\\b(?:adopted|issued|approved|endorsed) by\\s+(?:the\\s+)?");
    private static final Pattern WITH_THE_BODY = Pattern.compile("\\s+with\\s+the\\s+(union|bloc|alliance|organi[sz]ation|community|grouping)\\b");
    private static final Pattern WITH_IT = Pattern.compile("\\s+with\\s+it\\b");
    private static final Pattern BODY_NAMED_BEFORE = Pattern.compile("(?s).*\\bthe\\s+(?:union|bloc|alliance|organi[sz]ation|community|grouping)\\b.*");
    private static final Pattern AND_THE_BODY = Pattern.compile("\\s*(?:and|&)\\s+the\\s+(?:union|bloc|alliance|organi[sz]ation|community|grouping)\\b");
    private static final Pattern RATIFIED_BEFORE = Pattern.compile("(?i)\\bratif(?:y|ies|ied|ying)\\b[^.;]{0,30}$");
    private static final Pattern NO_BEFORE = SearchPatterns.startingWith("nwNW", "(?i)\\b(?:no|without an?|never an?)\\s+$");
    private static final Pattern YEAR_AFTER_NAME = Pattern.compile(" of (?:" + org.pactum.importer.text.DateFinder.MONTH_NAME + " )?\\d{4}\\b");
    private static final Pattern AT_THE_END_OF_MEETING = Pattern.compile("(?i)\\s+(?:was\\s+)?(?:issued|adopted|released)\\s+(?:at the end of|after|following)"
            + "\\s+(?:the|their|its)\\s+(?:[\\p{L}-]+\\s+)?(?:summit|meeting|talks|session)\\b");

    private static final Pattern MEETING_WORD = Pattern.compile("\\b(?:summit|meeting|talks|met|meet)\\b");

    /** The day the meeting took place: the last day named before {@code pos} in a sentence about a meeting, this one or one of the eight before it. */
    private static EdtfDate meetingDay(DocumentAnalysis doc, SentenceView v, int pos) {
        for (int i = v.index(); i >= 0 && i >= v.index() - 8; i--) {
            SentenceView s = doc.sentences().get(i);
            if (!MEETING_WORD.matcher(s.lower()).find()) {
                continue;
            }
            DateMention last = null;
            for (DateMention d : s.dates()) {
                if ((i < v.index() || d.end() <= pos) && !d.date().isInterval() && d.date().precision() == org.pactum.model.DatePrecision.DAY) {
                    last = d;
                }
            }
            if (last != null) {
                return last.date();
            }
        }
        return null;
    }

    private static final Pattern REPLACING = Pattern.compile("(?i)\\b(?:replac|supersed|succeed)(?:ing|es|ed|s)?\\b");
    private static final Pattern WHERE_ADOPTED = Pattern.compile("(?i)^\\W*where\\s+(?:the|a|an|they|their|its)\\s+[^,;]{0,80}?\\b(?:was|were)\\s+"
            + "(?:adopted|signed|issued)\\b");
    private static final Pattern REPORTED_BY_STATEMENT = Pattern.compile("(?i)^\\W*according to (?:a|the|their) (?:joint |final |closing )+statement\\b");
    private static final Pattern INCLUDING = Pattern.compile("(?i)^\\W*(?:including|among them|among which|such as)\\b");
    /** "ECOWAS, founded in 1975 by the Treaty of Lagos": the body's founding text, not a signing stated here. */
    private static final Pattern FOUNDED_BY = SearchPatterns.startingWith("fecsFECS", "(?i)\\b(?:founded|established|created|set up)\\b[^,;]{0,25}\\bby\\s+(?:the\\s+)?$");
    /** "a CEPA that will remove duties ..., the second such pact New Delhi has concluded with a GCC member": a description, no party. */
    /**
     * After the instrument: what describes it, or what it was signed against or amid ("despite Ankara's repeated warnings",
     * "amid China's growing military assertiveness").
     */
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("^[^;]*?(?:\\b(?:that|which) will\\b|,\\s+the (?:first|second|third|fourth|latest|last|only) such\\b"
            + "|\\b(?:despite|ignoring|in defiance of|over the objections of|amid)\\b)"); // ("amid China concerns")
    private static final Pattern DOCUMENTS_LISTED_BEFORE = Pattern.compile("(?i)(?:\\b(?:signed|exchanged|inked|concluded|adopted)\\b[^.;:]{0,40}"
            + "\\bdocuments\\b[^.;:]{0,30}:|\\bdocuments (?:consisted of|comprised|were|included|include)|\\bdocuments signed (?:were|included|include)):?"
            // ("... signed nine documents: exchange of letters on ...; memorandum of understanding on ...": an item after the first)
            + "(?:[^.;:]{1,160};\\s*(?:and\\s+)?)*\\s*(?:an?|the)?\\s*$");
    /** "did not", "never": the denials NOT_SIGNED_BEFORE reads before a signing verb. */
    private static final List<String> NOT_SIGNED_DENIALS = List.of("did not", "didn't", "failed to", "refused to", "declined to", "has not",
            "have not", "had not", "hasn't", "haven't", "never", "could not", "couldn't");
    /** A word one of which every denial holds, in lower case: without one, NOT_SIGNED_BEFORE cannot match. */
    private static final List<String> NOT_SIGNED_WORDS = List.of("not", "n't", "never", "failed", "refused", "declined");
    private static final Pattern NOT_SIGNED_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|", NOT_SIGNED_DENIALS) + ")\\s+(?:yet\\s+)?"
            + "(?:sign|signed|conclude|concluded|ink|inked)\\b[^.;,]{0,30}$");

    static {
        if (!NOT_SIGNED_DENIALS.stream().allMatch(d -> Words.containsAny(d, NOT_SIGNED_WORDS))) {
            throw new IllegalStateException("a denial of NOT_SIGNED_DENIALS without any of NOT_SIGNED_WORDS");
        }
    }
    /** "Japan, Canada and Mexico are not having bilateral FTA with China", "does not have a free trade agreement": none held. */
    private static final Pattern NOT_HAVING_BEFORE = Pattern.compile("(?i)\\b(?:(?:do|does|did|is|are|was|were)\\s+not|don't|doesn't|didn't)\\s+(?:yet\\s+)?"
            + "(?:have|having)\\s+(?:an?\\s+|any\\s+)?(?:[\\p{L}-]+\\s+)?$");
    // (items that name no instrument may stand between: "...; exchange of certificates on ...; protocol on ...")
    private static final Pattern LIST_ITEM_AFTER_SEMICOLON = Pattern.compile("(?i)(?:[^.;:]{0,160};\\s*(?:and\\s+)?){1,4}(?:an?|the|another)?\\s*");
    // ("a CEPA with the UAE on February 18, which came into force on May 1, and an ECTA": the first one's relative clause between)
    private static final Pattern COORDINATED_INSTRUMENT = Pattern.compile("(?i)(?:\\s+(?:this|last) year)?(?:\\s*,\\s*which\\s[^,;]{1,60}?(?=,\\s*and\\s))?\\s*[,;]?\\s*(?:and|as well as|plus)?\\s*(?:an?|the|another)?\\s*(?:\\d{4}\\s+)?");

    private final InstrumentFinder finder = new InstrumentFinder();
    private final EntitySource reference;

    AgreementExtractor(EntitySource reference) {
        this.reference = reference;
    }

    private record Found(Agreement agreement, int sentence) {
    }

    /** ", locked in its own feud with Ethiopia over the dam,": a participle's aside between the subject and its verb. */
    private static final Pattern PARTICIPLE_ASIDE = Pattern.compile(",\\s+(?:already\\s+|still\\s+|itself\\s+)?(?:locked|embroiled|mired|caught|entangled|angered|frustrated|alarmed|worried|irritated|"
            + "isolated|squeezed|pressed|shaken|concerned|wary|at odds|in dispute|feuding|quarrell?ing)\\b[^,;]{0,80},");

    /** "Egypt, locked in its own feud with Ethiopia, signed a military cooperation protocol with Somalia": not Ethiopia. */
    private static void withoutStatesInAnAsideBefore(SentenceView v, Instrument ins, Set<String> parties) {
        Matcher aside = PARTICIPLE_ASIDE.matcher(v.text()).region(0, ins.start());
        while (parties.size() >= 3 && aside.find()) {
            withoutPartiesNamedOnlyIn(v, parties, aside.start(), aside.end());
        }
    }

    /** "..., which connects Russia to India": a relative clause after the instrument telling where a route runs. */
    private static final Pattern ROUTE_RELATIVE = Pattern.compile("\\b(?:which|that) (?:now |will |would )?(?:connects?|links?|runs?|goes|stretches|passes|crosses)\\b");

    /**
     * Parties named only in a route's relative clause after the instrument ("an agreement for construction of the Rasht-Astara
     * railway, the missing link of the INSTC which connects Russia to India") are places on the route, not signers.
     */
    private static void withoutStatesOnTheRoute(SentenceView v, Instrument ins, Set<String> parties) {
        Matcher route = ROUTE_RELATIVE.matcher(v.lower()).region(ins.end(), v.lower().length());
        if (parties.size() >= 3 && route.find()) {
            withoutPartiesNamedOnlyIn(v, parties, route.start(), v.text().length() + 1);
        }
    }

    /** Removes the parties every mention of which lies strictly inside ({@code from}, {@code to}), if two or more parties remain. */
    private static void withoutPartiesNamedOnlyIn(SentenceView v, Set<String> parties, int from, int to) {
        Set<String> inside = new LinkedHashSet<>();
        for (String code : parties) {
            List<Mention> named = v.mentions().stream().filter(m -> m.code().equals(code)).toList();
            if (!named.isEmpty() && named.stream().allMatch(m -> m.start() > from && m.end() < to)) {
                inside.add(code);
            }
        }
        if (parties.size() - inside.size() >= 2) {
            parties.removeAll(inside);
        }
    }

    /** "its own ", "their own " right before an instrument's name. */
    private static final Pattern OWN_BEFORE = Pattern.compile("(?i)\\b(?:its|their)\\s+own\\s+$");

    /**
     * The counterpart of the last agreement of {@code kind} told in the three sentences up to {@code index}: of its two parties,
     * the one its sentence does not open with (the signer), if that is not {@code signer} itself.
     */
    private static String counterpartOfRecent(DocumentAnalysis doc, List<Found> recent, int index, AgreementKind kind, String signer) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            Found f = recent.get(i);
            if (f.sentence() > index || f.sentence() < index - 3 || f.agreement().getKind() != kind || f.agreement().getParties().size() != 2) {
                continue;
            }
            boolean signersOwn = f.agreement().getParties().stream().anyMatch(p -> p.getCode().equals(signer));
            return signersOwn ? null : OwnVersionExtractor.counterpartOf(f.agreement(), doc.sentences().get(f.sentence()));
        }
        return null;
    }

    List<Candidate<Agreement>> extract(DocumentAnalysis doc) {
        List<Candidate<Agreement>> out = new ArrayList<>();
        List<Found> recent = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            if (!v.sentence().isStatement() || v.isQuestion()) {
                continue;
            }
            List<Instrument> instruments = withKnown(v, mayNameInstrument(v.lower()) ? trimmed(v, finder.find(v.text())) : List.of());
            if (instruments.isEmpty() && !v.lower().contains("agreed")) {
                continue;
            }
            List<Clause> clauses = v.clauses();
            int claimed = 0;
            boolean previousLinked = false;
            boolean topicItem = TopicListExtractor.isPluralTopicItem(v.text()); // one record per subject: see TopicListExtractor
            for (int i = 0; i < instruments.size(); i++) {
                Instrument ins = instruments.get(i);
                if (topicItem && ins.plural()) {
                    continue;
                }
                if (!ins.plural() && signedByEach(v, ins)) {
                    ins = ins.asPlural(); // "India and Pakistan each signed a memorandum of obligations": one each
                }
                int segmentEnd = segmentEnd(v, instruments, i);
                Result r = build(doc, v, clauses, ins, claimed, segmentEnd, recent, previousLinked);
                if (r.agreement != null) {
                    withoutOthersCounterparts(v, instruments, i, r.agreement);
                    withOwnerOfTheCounterpart(doc, v, ins, r.agreement);
                }
                previousLinked = r.agreement != null || !r.each.isEmpty();
                int claimedBefore = claimed;
                claimed = Math.max(claimed, Math.max(ins.end(), r.claimedTo));
                for (int k = 0; k < r.each.size(); k++) {
                    Set<String> each = r.each.get(k);
                    Result one = build(doc, v, clauses, singular(ins), claimedBefore, segmentEnd, recent, false);
                    Agreement a = one.agreement != null ? one.agreement : held(v, ins) || !r.dates.isEmpty() ? heldOne(v, ins) : null;
                    if (a != null) {
                        a.getParties().clear();
                        PartyRole role = each.size() == 1 ? PartyRole.ISSUER : PartyRole.PARTY; // ("The joint statements on ... and on ...": a body's)
                        each.forEach(p -> a.getParties().add(new PartyRef(p, role)));
                        withOwnCounterpartInTitle(v, ins, a, each);
                        EdtfDate own = ownDate(v, ins, each);
                        if (own != null) {
                            a.setSigned(own); // "with the United States in September 2025 ... and with the EU in July 2025"
                        } else if (k > 0 && a.getSigned() != null && toldForAnEarlierCounterpart(v, ins, each, a.getSigned())) {
                            a.setSigned(null); // "with Vietnam, signed in May 2015, ..., and with Singapore": not Singapore's
                        }
                        if (k < r.dates.size()) {
                            a.setSigned(r.dates.get(k));
                        }
                        boolean titled = k < r.titles.size();
                        if (titled) {
                            a.setTitle(r.titles.get(k)); // distinct subjects are distinct agreements
                            if (ins.title().contains(" in force") || IN_FORCE_NOW.matcher(v.text().substring(ins.end())).lookingAt()) {
                                a.setStatus(AgreementStatus.IN_FORCE);
                            }
                        }
                        out.add(new Candidate<>(a, v, 0.6, titled));
                        recent.add(new Found(a, v.index()));
                    }
                }
                if (r.agreement != null) {
                    out.add(new Candidate<>(r.agreement, v, r.confidence, r.named));
                    recent.add(new Found(r.agreement, v.index()));
                    Agreement again = withAnotherCounterpart(v, ins, r.agreement);
                    if (again != null) {
                        out.add(new Candidate<>(again, v, r.confidence, r.named));
                        recent.add(new Found(again, v.index()));
                    }
                    for (Agreement next : followedBy(v, ins, r.agreement)) {
                        out.add(new Candidate<>(next, v, r.confidence, r.named));
                        recent.add(new Found(next, v.index()));
                    }
                }
            }
            if (instruments.isEmpty() && v.lower().contains("agreed")) {
                Candidate<Agreement> agreed = agreedTo(doc, v, clauses);
                if (agreed != null) {
                    out.add(agreed);
                    recent.add(new Found(agreed.record(), v.index()));
                }
            }
        }
        return out;
    }

    /** "a letter of intent to join the bloc": an application to a body, no agreement. */
    private static final Pattern APPLICATION_LETTER = Pattern.compile("(?i)(?:an? |the )?letters? of (?:intent|application) to (?:join|become)\\b");

    /** {@code each}: the parties of each of several instruments a plural names, with their {@code titles} or {@code dates} when known. */
    private record Result(Agreement agreement, double confidence, int claimedTo, boolean named, List<Set<String>> each,
            List<String> titles, List<EdtfDate> dates) {
        Result(Agreement agreement, double confidence, int claimedTo) {
            this(agreement, confidence, claimedTo, false, List.of(), List.of(), List.of());
        }

        Result(Agreement agreement, double confidence, int claimedTo, boolean named) {
            this(agreement, confidence, claimedTo, named, List.of(), List.of(), List.of());
        }

        Result(Agreement agreement, double confidence, int claimedTo, boolean named, List<Set<String>> each, List<String> titles) {
            this(agreement, confidence, claimedTo, named, each, titles, List.of());
        }
    }

    private static final Pattern DATE_LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:on\\s+)?");
    private static final Pattern SIGNED_ON_GAP = Pattern.compile("(?i)^(?:[^.;]{0,120}?\\b(?:signed|adopted|concluded)\\b[^.;]{0,100}?)?\\s(?:on|in)\\s+$");

    /** The days listed one after another right after a plural's signing ("signed ... on November 10, 2020, January 11, 2021 and ..."). */
    private static List<DateMention> listedDates(SentenceView v, int from, int to) {
        List<DateMention> out = new ArrayList<>();
        DateMention previous = null;
        for (DateMention d : v.dates()) {
            if (d.start() < from || d.end() > to) {
                continue;
            }
            if (previous == null ? !SIGNED_ON_GAP.matcher(v.text().substring(from, d.start())).matches()
                    : !Regions.matches(DATE_LIST_GAP, v.text(), previous.end(), d.start())) {
                break;
            }
            out.add(d);
            previous = d;
        }
        return out;
    }

    private static final Pattern HELD_STATE_WORDS = Pattern.compile("\\s+(?:already\\s+)?in\\s+(?:place|force)$");
    /** "two free trade agreements", "similar agreements": the word says how many or which, not what each is called. */
    private static final Pattern QUANTIFIER_BEFORE_TITLE = Pattern.compile("(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|several|similar|such|\\d{1,2})\\s+");

    /** "Trilateral statements" -> "Trilateral statement", "memoranda" -> "memorandum", "treaties" -> "treaty". */
    private static String singularTitle(String title) {
        title = HELD_STATE_WORDS.matcher(title).replaceFirst(""); // "trade agreements in place (with Japan)"
        title = QUANTIFIER_BEFORE_TITLE.matcher(title).replaceFirst("");
        if (title.toLowerCase(java.util.Locale.ROOT).endsWith("memoranda")) {
            return title.substring(0, title.length() - 1) + "um";
        }
        if (title.endsWith("ies")) {
            return title.substring(0, title.length() - 3) + "y";
        }
        return title.endsWith("s") ? title.substring(0, title.length() - 1) : title;
    }

    /** "The EAEU has free trade agreements with Vietnam, Serbia and Singapore", "have Association Agreements with the EU": held, so they exist. */
    private static boolean held(SentenceView v, Instrument ins) {
        // "it also has a free trade agreement with the Eurasian Economic Union": one held, with the party named
        return (ins.plural() && (ins.proper() || ins.title().contains(" with ")
                || HELD_WITH.matcher(v.lower()).region(ins.end(), v.lower().length()).lookingAt()) || !ins.plural() && ins.title().contains(" with "))
                && HELD_BEFORE.matcher(v.text().substring(Math.max(0, ins.linkStart() - 40), ins.linkStart())).find()
                || !ins.plural() && heldByThePairBefore(v, ins);
    }

    /** " have had a ", " have long had an ": the pair before holds the instrument after. */
    private static final Pattern PAIR_HOLDS = Pattern.compile("\\s+(?:(?:already|also|long|now)\\s+)?(?:have|had)(?:\\s+(?:already|also|long))?(?:\\s+had)?\\s+(?:(?:an?|their)\\s+(?:[a-z-]+\\s+){0,3})?");

    /** "The two countries have had a free trade agreement in force since 2019": the pair talked about holds it. */
    private static final Pattern COUNTED_PAIR_HOLDS = Pattern.compile("(?i)\\b(?:the two (?:countries|sides|nations|states|neighbou?rs)|both countries)"
            + PAIR_HOLDS.pattern() + "$");

    /** "Georgia and China have had a free trade agreement in force since 2018": the two states before hold it. */
    private static boolean heldByThePairBefore(SentenceView v, Instrument ins) {
        if (COUNTED_PAIR_HOLDS.matcher(v.text()).region(Math.max(0, ins.linkStart() - 80), ins.linkStart()).find()) {
            return true;
        }
        Mention previous = null;
        for (Mention m : v.mentions()) {
            if (m.end() > ins.start()) {
                break;
            }
            if (previous != null && previous.isState() && m.isState() && v.text().startsWith(" and ", previous.end())
                    && previous.end() + 5 == m.start() && Regions.matches(PAIR_HOLDS, v.text(), m.end(), ins.linkStart())) {
                return true;
            }
            previous = m;
        }
        return false;
    }

    /** One of the agreements a held plural names ("free trade agreements ... with Vietnam, Serbia"), when the singular alone says nothing. */
    private static Agreement heldOne(SentenceView v, Instrument ins) {
        Agreement a = new Agreement();
        int with = ins.title().indexOf(" with ");
        // "free trade agreements with Vietnam" -> one "free trade agreement with Vietnam"
        a.setTitle(clean(with < 0 ? ins.title() : singularTitle(ins.title().substring(0, with)) + ins.title().substring(with)));
        a.setKind(ins.kind());
        boolean inForce = v.lower().startsWith(" in force", ins.end()) || v.lower().startsWith(" already in force", ins.end());
        a.setStatus(inForce ? AgreementStatus.IN_FORCE : AgreementStatus.SIGNED);
        return a;
    }

    /** "joint statements", "intergovernmental agreements": two or three words naming the instruments, no parties among them. */
    private static final Pattern SHORT_HEAD = Pattern.compile("(?i)(?!.*\\b(?:between|with|of|and)\\b)[\\p{L}-]+(?:\\s+[\\p{L}-]+){1,2}");

    /** "the agreements between Armenia and EU on visa facilitation and on readmission": one per subject. */
    private static final Pattern TOPICS = Pattern.compile("(?i)\\bon\\s+(.+?)\\s+and\\s+on\\s+(.+?)(?:\\s+(?:are|were|is|was|have|has|had)\\b.*)?$");

    /**
     * "the EU signed memoranda ... with the DRC and with Zambia", "NATO's allies signed the accession protocols for the two
     * Nordic countries": one instrument between the party named before and each party named after.
     */
    private static List<Set<String>> distribute(SentenceView v, Instrument ins, Set<String> parties) {
        Set<String> before = new LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            if (m.end() <= ins.start() && parties.contains(m.code())) {
                before.add(m.code());
            }
        }
        if (before.size() != 1 || parties.size() < 3) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        for (String p : parties) {
            if (!before.contains(p)) {
                Set<String> pair = new LinkedHashSet<>(before);
                pair.add(p);
                out.add(pair);
            }
        }
        return out;
    }

    /**
     * "Previously, similar protocols were signed with the United States ... and with the European Union, as well as with
     * Japan": no signer named before the instrument, so the state the article is about signed one with each.
     */
    private static List<Set<String>> distributeFromFocus(DocumentAnalysis doc, SentenceView v, Instrument ins) {
        String focus = doc.focus();
        if (focus == null || v.mentions().stream().anyMatch(m -> m.end() <= ins.start() && (m.isState() || m.isOrganization()) && m.canAct())
                || ANAPHOR.matcher(v.text().substring(0, ins.start())).find() || COUNTED.matcher(v.text().substring(0, ins.start())).find()) {
            return List.of();
        }
        // every state or body after the instrument that follows "with", and those listed with it
        Set<String> counterparts = new LinkedHashSet<>();
        int listEnd = -1;
        for (Mention m : v.mentions()) {
            if (m.start() < ins.end() || !(m.isState() || m.isOrganization()) || !m.canAct()) {
                continue;
            }
            boolean afterWith = Regions.matches(ENDS_WITH_WITH, v.lower(), Math.max(ins.end(), m.start() - 10), m.start());
            if (afterWith || listEnd >= 0 && Gaps.isListGap(v.text(), listEnd, m.start())) {
                counterparts.add(m.code());
                listEnd = m.end();
            }
        }
        counterparts.remove(focus);
        if (counterparts.size() < 2) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        for (String p : counterparts) {
            out.add(new LinkedHashSet<>(List.of(focus, p)));
        }
        return out;
    }

    private static final Pattern EACH_SIGNED_BEFORE = Pattern.compile("(?i)\\beach\\s+(?:also\\s+)?(?:signed|concluded|inked|initial(?:l)?ed)\\s+"
            + "(?:an?\\s+|the(?:ir)?\\s+|its\\s+|own\\s+)*(?:[\\p{L}-]+,?\\s+){0,3}$");

    private static boolean signedByEach(SentenceView v, Instrument ins) {
        return eachBefore(v, ins) >= 0;
    }

    /** Where "each" stands in "... each signed a [separate] ..." right before the instrument, or -1. */
    private static int eachBefore(SentenceView v, Instrument ins) {
        int from = Math.max(0, ins.start() - 80);
        Matcher m = EACH_SIGNED_BEFORE.matcher(v.text().substring(from, ins.start()));
        return ins.start() > 0 && m.find() ? from + m.start() : -1;
    }

    /**
     * "India and Pakistan each signed a memorandum of obligations", "Kyiv and Moscow each signed a separate document with Turkey
     * and the UN": one instrument for each signer listed right before "each", with the other parties; else an empty list.
     */
    private static List<Set<String>> eachSigner(SentenceView v, Instrument ins, Set<String> parties) {
        int each = eachBefore(v, ins);
        if (each < 0) {
            return List.of();
        }
        Set<String> signers = new LinkedHashSet<>();
        Gaps.listedBefore(v, each, m -> parties.contains(m.code())).forEach(m -> signers.add(m.code()));
        Set<String> others = new LinkedHashSet<>(parties);
        others.removeAll(signers);
        if (signers.size() < 2 || others.isEmpty()) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        for (String signer : signers) {
            Set<String> one = new LinkedHashSet<>(List.of(signer));
            one.addAll(others);
            out.add(one);
        }
        return out;
    }

    private static final Pattern THAT_BEFORE_SIGNER = Pattern.compile("^\\s*,?\\s*(?:that|which)\\s+$");
    private static final Pattern SIGNED_WITH_AFTER = Pattern.compile("^\\s+(?:has |had |have )?(?:signed|concluded|reached|struck)\\s+with\\s+(?:the\\s+)?$");

    /**
     * "the normalization agreements that Israel signed with the UAE and Bahrain in 2020": one between the signer the defining
     * clause names and each state it lists after "with"; else an empty list.
     */
    private static List<Set<String>> signedWithEach(SentenceView v, Instrument ins) {
        String text = v.text();
        Mention signer = null;
        List<Set<String>> out = new ArrayList<>();
        int listEnd = -1;
        for (Mention m : v.mentions()) {
            if (m.start() < ins.end() || !(m.isState() || m.isOrganization() && !m.isProgramme())) {
                continue;
            }
            if (signer == null) {
                if (!Regions.matches(THAT_BEFORE_SIGNER, text, ins.end(), m.start())) {
                    return List.of();
                }
                signer = m;
                continue;
            }
            boolean first = out.isEmpty() && Regions.matches(SIGNED_WITH_AFTER, text, signer.end(), m.start());
            if (first || !out.isEmpty() && Gaps.isListGap(text, listEnd, m.start())) {
                out.add(new LinkedHashSet<>(List.of(signer.code(), m.code())));
                listEnd = m.end();
            } else {
                break;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** {@code date} is told after the instrument, before the counterpart of {@code pair}: an earlier counterpart's. */
    private static boolean toldForAnEarlierCounterpart(SentenceView v, Instrument ins, Set<String> pair, EdtfDate date) {
        Mention counterpart = v.mentions().stream().filter(m -> m.start() >= ins.end() && pair.contains(m.code())).findFirst().orElse(null);
        return counterpart != null && v.dates().stream().anyMatch(d -> d.date().equals(date) && d.start() >= ins.end() && d.end() <= counterpart.start());
    }

    /** "Free trade agreement with Israel" for the one with Egypt of "agreements with Israel, ..., and with Egypt": its own counterpart's name. */
    private static void withOwnCounterpartInTitle(SentenceView v, Instrument ins, Agreement a, Set<String> each) {
        int with = a.getTitle().indexOf(" with ");
        if (with < 0) {
            return;
        }
        String named = a.getTitle().substring(with + " with ".length());
        String namedBare = named.startsWith("the ") ? named.substring("the ".length()) : named; // ("with the UAE, Australia and ...")
        Mention first = null;
        Mention own = null;
        for (Mention m : v.mentions()) {
            if (m.start() >= ins.start() && (m.isState() || m.isOrganization())) {
                if (first == null && namedBare.startsWith(v.text().substring(m.start(), m.end()))) {
                    first = m;
                } else if (first != null && own == null && each.contains(m.code()) && !each.contains(first.code())) {
                    own = m;
                }
            }
        }
        String counterpart = first != null && own != null ? nameAsWritten(v, own)
                // ("trade agreements with Japan and Vietnam": the one with Japan is not "with Japan and Vietnam")
                : first != null && !first.isAdjective() && each.contains(first.code()) && listGoesOn(v, first, ins.end(), each) ? nameAsWritten(v, first) : named;
        a.setTitle(Words.capitalized(singularTitle(a.getTitle().substring(0, with))) + " with " + counterpart); // one of the "agreements with ...
    }

    /** The name of {@code m} with the article written before it ("the DRC", "Mongolia"). */
    private static String nameAsWritten(SentenceView v, Mention m) {
        String name = v.text().substring(m.start(), m.end());
        return m.start() >= 4 && v.lower().startsWith("the ", m.start() - 4) ? v.text().substring(m.start() - 4, m.start()) + name : name;
    }

    /** Another state or body, not a party of {@code each}, named after {@code m} within the instrument's name ending at {@code end} ("with New Zealand in March and Vietnam"). */
    private static boolean listGoesOn(SentenceView v, Mention m, int end, Set<String> each) {
        return v.mentions().stream().anyMatch(n -> n.start() > m.end() && n.end() <= end && (n.isState() || n.isOrganization()) && !n.isAdjective()
                && !each.contains(n.code())); // (not "with Turkey and the UN" when the instrument is with both)
    }

    private static final Pattern OTHER_VERB_RELATIVE = Pattern.compile("(?is)[^.;]*?\\b(?:which|that)\\b[^.;]*?\\b(?:ratified|ratifies|approved|endorsed"
            + "|rejected|entered into force|came into force|took effect|expired|expires)\\b[^.;]*");

    /** ", signed in 2007, and with", ", signed in May 2015 and in force since October 2016, with": a signing told between two counterparts. */
    private static final Pattern SIGNED_ASIDE_GAP = Pattern.compile("\\s*,\\s*(?:(?:signed|concluded|in force)\\b[^,;()]{0,80}?,\\s*)?(?:and\\s+)?with\\s+(?:the\\s+)?");

    /**
     * "Mercosur has free trade agreements with Israel, signed in 2007, and with Egypt, signed in 2010": one between the single
     * party named before and each counterpart, each told with its own signing (the dates are set by ownDate).
     */
    private static List<Set<String>> eachWithItsDate(SentenceView v, Instrument ins, Set<String> parties) {
        int with = ins.title().indexOf(" with ");
        if (with < 0) {
            return List.of();
        }
        String subject = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= ins.start() && parties.contains(m.code())) {
                if (subject != null && !subject.equals(m.code())) {
                    return List.of();
                }
                subject = m.code();
            }
        }
        if (subject == null) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        int pos = ins.start() + with + " with ".length();
        boolean first = true;
        for (Mention m : v.mentions()) {
            if (m.start() < pos) {
                continue;
            }
            boolean joined = first ? v.text().substring(pos, m.start()).isBlank() || Gaps.isListGap(v.text(), pos, m.start())
                    : Regions.matches(SIGNED_ASIDE_GAP, v.text(), pos, m.start());
            if (!(m.isState() || m.isOrganization())) {
                continue; // "signed in Moscow": a place inside the aside
            }
            if (!joined || m.isSlip() || m.code().equals(subject)) {
                break;
            }
            out.add(new LinkedHashSet<>(List.of(subject, m.code())));
            pos = m.end();
            first = false;
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** "Both countries already have Association Agreements with the EU": one between the party after "with" and each other one. */
    private static List<Set<String>> distributeWith(SentenceView v, Instrument ins, Set<String> parties) {
        String lower = v.lower();
        String fixed = null;
        for (Mention m : v.mentions()) {
            if (m.start() > ins.start() && m.canAct() && (m.isState() || m.isOrganization())
                    && Regions.matches(ENDS_WITH_WITH, lower, Math.max(ins.start(), m.start() - 10), m.start())) {
                fixed = m.code();
                break;
            }
        }
        if (fixed == null || parties.size() - (parties.contains(fixed) ? 1 : 0) < 2) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        for (String p : parties) {
            if (!p.equals(fixed)) {
                Set<String> pair = new LinkedHashSet<>();
                pair.add(fixed);
                pair.add(p);
                out.add(pair);
            }
        }
        return out;
    }

    /** The sentence before, when this one is a verbless "With X — the memorandum ..." continuing its signing. */
    /**
     * A list item ("– Memorandum of understanding on ...;") under a line that closes with a colon after a signing ("In
     * total 42 documents were signed ... Among them:"): that head, or null.
     */
    private static SentenceView signedListHead(DocumentAnalysis doc, SentenceView v, Instrument ins) {
        if (v.index() > 0 && AMONG_THEM.matcher(v.text()).lookingAt()) {
            // "... a package of 14 documents was exchanged. Among them are the Agreement on ..., the Program of ...": the
            // documents of the sentence before
            SentenceView prev = doc.sentences().get(v.index() - 1);
            return SIGNING_WORD.matcher(prev.lower()).find() && SIGNED_DOCUMENTS.matcher(prev.lower()).find() ? prev : null;
        }
        Matcher item = LIST_ITEM.matcher(v.text());
        // the instrument opens the item: "– Memorandum ...", "- an agreement on ...", or the line ("A memorandum on ...")
        if (v.index() == 0 || (item.lookingAt() ? ins.start() > item.end() + 4 : ins.start() > 3 || !ListLines.BARE_ITEM.matcher(v.text()).lookingAt())) {
            return null;
        }
        return listHeadBefore(doc, v.index());
    }

    /**
     * The line that heads the list the sentence {@code index} is an item of: the nearest earlier line that is no item and
     * ends with a colon after a signing ("The documents signed in the presence of the two presidents included:"), or null.
     */
    static SentenceView listHeadBefore(DocumentAnalysis doc, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 15); i--) {
            SentenceView prev = doc.sentences().get(i);
            if (ListLines.isItem(prev.text()) || prev.text().strip().endsWith(";") || BARE_NUMBER.matcher(prev.text()).matches()) {
                continue; // ("7." alone: the sentence splitter cut a numbered item after its number)
            }
            boolean colon = prev.text().strip().endsWith(":");
            boolean signedBefore = SIGNING_WORD.matcher(prev.lower()).find() || i > 0 && SIGNING_WORD.matcher(doc.sentences().get(i - 1).lower()).find();
            return colon && signedBefore ? prev : null;
        }
        return null;
    }

    /**
     * The day a list's documents were signed: the head's own date, else that of the signing told just before it ("... on
     * Wednesday co-chaired the council, followed by the signing of 17 agreements ... The documents signed included:").
     */
    static EdtfDate listDate(DocumentAnalysis doc, SentenceView head) {
        if (!head.dates().isEmpty()) {
            return head.dates().get(0).date();
        }
        for (int i = head.index() - 1; i >= Math.max(0, head.index() - 4); i--) {
            SentenceView s = doc.sentences().get(i);
            if (SIGNING_OF.matcher(s.lower()).find()) {
                // ("on his seventh trip to the Emirates since 2015 ... witnessed the exchange of several agreements": no day of signing)
                return s.dates().stream().filter(d -> !s.lower().startsWith("since ", Math.max(0, d.start() - 6))).findFirst()
                        .map(DateMention::date).orElse(null);
            }
        }
        return null;
    }

    private static final Pattern SIGNING_OF = Pattern.compile("\\b(?:signed|signing of|exchanged|exchange of)\\s+(?:the\\s+)?(?:\\d{1,2}|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|several|a number of|a package of)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:agreements|documents"
            + "|memorand\\w*|mous|instruments|deals|contracts)\\b");

    private static final Pattern AMONG_THEM = Pattern.compile("^\\W*(?:Among them|Among these|These include|They include)\\b");
    private static final Pattern SIGNED_DOCUMENTS = Pattern.compile("\\b(?:documents|agreements|instruments|memorand\\w*|mous)\\b");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s*");
    private static final Pattern SIGNING_WORD = Pattern.compile("\\b(?:signed|exchanged|adopted|inked|concluded|exchange of|signing of)\\b");
    /** "– Memorandum ...", "• Agreement ...", "4. Protocol ...": an item of a list, bulleted or numbered. */
    private static final Pattern LIST_ITEM = ListLines.BULLET;

    private static SentenceView continuedSigning(DocumentAnalysis doc, SentenceView v) {
        if (v.index() == 0 || !v.text().startsWith("With") || !WITH_FRAGMENT.matcher(v.text()).find()) {
            return null;
        }
        for (int i = v.index() - 1; i >= Math.max(0, v.index() - 2); i--) {
            SentenceView prev = doc.sentences().get(i);
            if (prev.lower().contains("signed") && (prev.lower().contains(" with ") || i < v.index() - 1)) {
                return prev;
            }
            if (!WITH_FRAGMENT.matcher(prev.text()).find()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Organizations the sentence founds ("The NDB was established under an agreement", "which set up the Turkic Council"),
     * in the same statement as the instrument: "EFTA, founded in 1960 ...: its members signed an agreement" is a party.
     */
    private static Set<String> founded(SentenceView v, Instrument ins) {
        String lower = v.lower();
        if (!(lower.contains("establish") || lower.contains("found") || lower.contains("set up") || lower.contains("creat")
                || lower.contains("formed") || lower.contains("launch"))) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        String previousFounded = null;
        int previousEnd = -1;
        for (Mention m : v.mentions()) {
            if (!m.isOrganization()) {
                continue;
            }
            String before = v.text().substring(Math.max(0, m.start() - 30), m.start());
            boolean isFounded = FOUNDED_AFTER.matcher(v.text().substring(m.end())).lookingAt() || FOUNDED_BEFORE.matcher(before).find()
                    || previousFounded != null && m.start() - previousEnd < 40 && KNOWN_AS_BEFORE.matcher(before).find();
            String between = m.end() <= ins.start() ? v.text().substring(m.end(), ins.start())
                    : v.text().substring(Math.min(ins.end(), m.start()), m.start());
            if (isFounded && between.indexOf(':') < 0 && between.indexOf(';') < 0) {
                out.add(m.code());
                previousFounded = m.code();
                previousEnd = m.end();
            }
        }
        return out;
    }


    /** A cheap test before the name patterns: no instrument word, no instrument. */
    private static boolean mayNameInstrument(String lower) {
        for (String w : InstrumentFinder.KEY_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TRAILING_SETTING = Pattern.compile("\\s+(?:in|at|on)\\s+(?:the\\s+)?$");
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("\\s+on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** "Treaty on Allied Relations in Tashkent on Thursday": the place and the day are not part of the title. */
    private static List<Instrument> trimmed(SentenceView v, List<Instrument> found) {
        List<Instrument> out = new ArrayList<>();
        for (Instrument i : found) {
            int end = i.end();
            for (Mention m : v.mentions()) {
                if (m.type() == EntityType.PLACE && m.start() > i.start() && m.start() < end) {
                    Matcher t = TRAILING_SETTING.matcher(v.text().substring(i.start(), m.start()));
                    if (t.find()) {
                        end = i.start() + t.start();
                    }
                }
            }
            Matcher wd = WEEKDAY_AFTER.matcher(v.text()).region(i.start(), end);
            if (wd.find()) {
                end = wd.start();
            }
            if (end == i.end() || end <= i.start()) {
                out.add(i);
            } else {
                out.add(new Instrument(i.start(), end, v.text().substring(i.start(), end), i.kind(), i.proper(), i.definite(),
                        i.qualified(), i.linkStart(), i.plural()));
            }
        }
        return out;
    }

    /**
     * Where the text about instrument {@code i} ends: at the next instrument, unless the two are joined by "and" and share
     * what follows ("The Intergovernmental Agreement and the Framework Agreement were signed by ...").
     */
    private static int segmentEnd(SentenceView v, List<Instrument> instruments, int i) {
        int k = i + 1;
        while (k < instruments.size() && instruments.get(k - 1).end() <= instruments.get(k).linkStart()
                && Regions.matches(AND_BETWEEN_INSTRUMENTS, v.text(), instruments.get(k - 1).end(), instruments.get(k).linkStart())) {
            k++;
        }
        return k < instruments.size() ? instruments.get(k).linkStart() : v.text().length();
    }

    /** "After Russia's invasion of Ukraine, the EU and Azerbaijan signed ...": a phrase of time opening the clause, before its subject. */
    private static final Pattern OPENING_TIME_PHRASE = Pattern.compile("(?i)\\W*(?:after|following|amid|despite|in the wake of|since)\\b[^,;]*");

    private static final Pattern THEIR_RELATIONS = Pattern.compile("\\btheir (?:relations|ties|relationship|trade|cooperation|partnership)\\b");

    private static final Pattern CHAIN_ACRONYM_GAP = Pattern.compile("\\s*(?:\\(\\p{Lu}{2,8}\\)\\s*)?");

    private static final Pattern AND_BETWEEN_INSTRUMENTS = Pattern.compile("\\s*(?:,\\s*)?and\\s+(?:the\\s+)?");

    /** "ratified", "acceded to", "has been a party to": the wording of a state bound by a treaty. */
    private static final String BOUND_BY = "ratified|ratifies|acceded to|accedes to|joined|joins"
            + "|(?:is|was|became|becomes|has been|had been|remains) (?:a )?(?:state )?party to";
    private static final Pattern BOUND_BY_TREATY_BEFORE = treatyTakenOnBefore(BOUND_BY);
    /**
     * A state bound by or signing a treaty the reference data knows as open to all (no parties of its own): "Bangladesh acceded to
     * the Treaty on the Non-Proliferation of Nuclear Weapons in 1979" is Bangladesh's own record.
     */
    private static final Pattern JOINS_TREATY_BEFORE = treatyTakenOnBefore(BOUND_BY + "|signed");

    /** {@code verbs} right before a treaty's name: "acceded to the", "ratified the 1968", "signed the nuclear". */
    private static Pattern treatyTakenOnBefore(String verbs) {
        return Pattern.compile("(?s).*\\b(?:" + verbs + ")\\s+(?:the\\s+)?(?:\\d{4}\\s+)?(?:nuclear\\s+)?$");
    }

    private static Instrument singular(Instrument i) {
        return new Instrument(i.start(), i.end(), i.title(), i.kind(), i.proper(), i.definite(), i.qualified(), i.linkStart(), false);
    }

    private Result build(DocumentAnalysis doc, SentenceView v, List<Clause> clauses, Instrument ins, int claimed, int segmentEnd,
            List<Found> recent, boolean previousLinked) {
        String text = v.text();
        if (NO_BEFORE.matcher(text.substring(Math.max(0, ins.start() - 12), ins.start())).find()
                || ins.title().regionMatches(true, 0, "no ", 0, 3)) {
            return new Result(null, 0, ins.end()); // "No agreement was signed", "it had no founding treaty"
        }
        if (ins.title().toLowerCase(java.util.Locale.ROOT).endsWith("contract") && Regions.lengthAt(PROCUREMENT_AFTER, text, ins.end()) > 0) {
            return new Result(null, 0, ins.end()); // "signed a contract worth 2.5 billion euros for 18 Rafale fighter jets": a purchase
        }
        if (APPLICATION_LETTER.matcher(ins.title()).lookingAt()) {
            return new Result(null, 0, ins.end()); // "a letter of intent to join the bloc": an application, no agreement
        }
        String before = text.substring(Math.max(claimed, 0), Math.max(claimed, ins.linkStart()));
        // (the caseless patterns below tried only when the words each match holds are written: they ran over all the text before)
        String lowerBefore = before.toLowerCase(java.util.Locale.ROOT);
        if (Words.containsAny(lowerBefore, NOT_SIGNED_WORDS) && NOT_SIGNED_BEFORE.matcher(before).find() || NOT_HAVING_BEFORE.matcher(text.substring(Math.max(0, ins.start() - 40), ins.start())).find()) {
            return new Result(null, 0, ins.end()); // "did not sign an expected memorandum on joint border patrols"
        }
        String after = text.substring(ins.end(), Math.max(ins.end(), segmentEnd));
        boolean future = FUTURE_BEFORE.matcher(before).find();
        // "including an agreement on X and a memorandum on Y": the second shares the first one's verb
        boolean coordinated = claimed > 0 && previousLinked && (COORDINATED_INSTRUMENT.matcher(before).matches()
                || LIST_ITEM_AFTER_SEMICOLON.matcher(before).matches()); // "including: the Agreement on ...; the MoU on ..."
        // "The council is also negotiating a free trade agreement with the United Kingdom": under negotiation
        boolean negotiating = !future && NEGOTIATING_BEFORE.matcher(before).find();
        Set<String> founders = foundersWith(v, Math.max(claimed, 0), ins);
        // "the two sides exchanged four other documents: a memorandum ...", "The documents consisted of a memorandum ..."
        boolean listedDocument = lowerBefore.contains("documents") && DOCUMENTS_LISTED_BEFORE.matcher(before).find();
        boolean linkBefore = future || coordinated || negotiating || !founders.isEmpty() || listedDocument
                // "Mercosur was founded in 1991 with the Treaty of Asunción by ...": the founding instrument exists
                || ins.proper() && FOUNDED_WITH_BEFORE.matcher(before).find()
                || LINK_BEFORE.matcher(before).find() && !FOUNDED_BY.matcher(before).find()
                || ownedTitleLinked(ins, before);
        Matcher la = LINK_AFTER.matcher(after);
        boolean linkAfter = la.find() && la.start() <= 250;
        Matcher inForceAfter = IN_FORCE.matcher(after);
        boolean inForceLink = inForceAfter.find() && inForceAfter.start() <= 40;
        boolean held = held(v, ins);
        SentenceView continued = continuedSigning(doc, v);
        SentenceView listHead = continued == null ? signedListHead(doc, v, ins) : null;
        boolean inForceNow = ins.title().contains(" in force") || IN_FORCE_NOW.matcher(after).lookingAt()
                || INTO_FORCE_AFTER.matcher(after).lookingAt() && Regions.matches(BROUGHT_BEFORE, text, Math.max(0, ins.linkStart() - 12), ins.linkStart());
        // "its 1961 Treaty of Friendship, Cooperation and Mutual Assistance with China": a year before a name dates it
        DateMention yearBefore = ins.proper() && ins.kind() != AgreementKind.STATUTE ? yearBefore(v, ins) : null;
        // "the Singapore Declaration of 1971", "the London Declaration of April 1949": a name dated by its year
        boolean yearAfter = ins.proper() && Regions.lengthAt(YEAR_AFTER_NAME, text, ins.end()) > 0;
        boolean linked = linkBefore || linkAfter || inForceNow || held || continued != null || listHead != null || yearBefore != null || yearAfter
                || (ins.plural() || !ins.definite() || ins.qualified() || ins.proper() || ownedByTheOneBefore(v, ins)) && inForceLink;
        // ("The Convention has been ratified by ..." after the Convention on the Legal Status of the Caspian Sea: the bare kind word too)
        boolean bareKind = ins.title().indexOf(' ') < 0;
        // (not "Quito and Beijing signed their free trade agreement" after China and Nicaragua's: another pair's own)
        Set<String> pairNow = doc.pairAt(v.index());
        // (not "The intergovernmental agreement on TANAP and the host government agreement were signed": a second one, coordinated)
        if (ins.definite() && !ins.qualified() && !coordinated && (!ins.proper() || bareKind) && recent.stream().anyMatch(f -> f.agreement().getKind() == ins.kind()
                && (pairNow.size() != 2 || f.agreement().getParties().stream().map(p -> p.getCode()).toList().containsAll(pairNow)))) {
            return new Result(null, 0, 0); // "signed the joint declaration" after one was named: it refers back
        }
        InstrumentInfo known = known(v, ins);
        // a title the reference data knows, said of one of its parties ("Section 907 ... on the aid to Azerbaijan")
        boolean knownOfParty = known != null && known.parties().size() == 2 && v.mentions().stream()
                .anyMatch(m -> m.canAct() && !m.compound && known.parties().contains(m.code()));
        boolean between = ins.title().contains(" between ") || BETWEEN_AFTER.matcher(v.text()).region(ins.end(), v.text().length()).lookingAt();
        // "the EFTA-Thailand free trade agreement", "the Japan-Australia Reciprocal Access Agreement": the name states its parties
        Set<String> named = ins.plural() ? Set.of() : namedParties(v, ins);
        // ("the Japan-Australia Reciprocal Access Agreement" as the reference data writes it: its name covers the two states)
        boolean knownPairInName = known != null && known.parties().size() == 2 && known.parties().stream().allMatch(Countries::isAlpha3)
                && PAIR_IN_NAME.matcher(text.substring(ins.start(), ins.end())).find();
        boolean statesParties = named.size() >= 2 || between && ins.qualified() && between(doc, v, ins).size() >= 2 || knownPairInName;
        // ("India, Pakistan and Israel never joined the NPT": denied)
        boolean takenOnOpenTreaty = known != null && known.parties().isEmpty() && !Words.negated(before.toLowerCase(java.util.Locale.ROOT))
                && Regions.matches(JOINS_TREATY_BEFORE, v.lower(), Math.max(0, ins.linkStart() - 60), ins.linkStart());
        boolean inPassing = ins.plural() && !linked || !linked && !knownOfParty && !statesParties
                && (!ins.proper() || !between && !ANAPHOR.matcher(v.text()).find());
        if (inPassing && !takenOnOpenTreaty) {
            return new Result(null, 0, 0); // a name mentioned in passing is not a statement about the agreement
        }

        // dates: the one the signing verb governs
        EdtfDate signed = null;
        EdtfDate inForce = null;
        int claimedTo = ins.end();
        // (not "a new Joint Declaration on Security Cooperation, replacing the one signed in 2008": the date of the one replaced)
        if (linkAfter && !la.group(1).equalsIgnoreCase("ratified") && !REPLACING.matcher(after.substring(0, la.start())).find()) {
            // "signed by Azerbaijan, Georgia, Romania and Hungary in Bucharest on December 17, 2022": the signers stand between
            int window = after.startsWith(" by ", la.end()) ? 130 : 60;
            DateMention d = firstDateFrom(v, ins.end() + la.end(), ins.end() + Math.min(after.length(), la.end() + window));
            if (d != null) {
                signed = d.date();
                claimedTo = d.end();
            }
        }
        if (signed == null) {
            DateMention direct = firstDateFrom(v, ins.end(), Math.min(text.length(), ins.end() + 12));
            if (direct != null && DIRECT_DATE.matcher(text.substring(ins.end(), direct.start())).matches()) {
                signed = direct.date();
                claimedTo = direct.end();
            }
        }
        if (signed == null) {
            // "the trilateral statement of November 9, 2020": the full date its name ends with
            for (DateMention d : v.dates()) {
                if (d.end() == ins.end() && d.start() > ins.start() && text.startsWith(" of ", d.start() - 4) && !d.date().isInterval()) {
                    signed = d.date();
                }
            }
        }
        if (signed == null && linkAfter && !linkBefore && !la.group(1).equalsIgnoreCase("ratified")) {
            // "On March 11 in Baku, the memorandum ... was signed": the date opening the sentence
            for (DateMention d : v.dates()) {
                if (d.start() >= claimed && d.end() <= ins.start() && !validityPeriod(v, d)) {
                    signed = d.date();
                }
            }
        }
        // "Deputies on Wednesday ratified the agreement ...": that day is the ratification's, not the signing's
        boolean ratifiedBefore = RATIFIED_BEFORE.matcher(before).find();
        if (signed == null && linkBefore && !ratifiedBefore) {
            int from = counterpartsEnd(v, ins);
            int semicolon = text.indexOf(';', from);
            // ("signed the Bangkok Declaration; Brunei joined in 1984": a date past the semicolon is another clause's)
            int stop = semicolon < 0 ? segmentEnd : Math.min(segmentEnd, semicolon);
            DateMention soon = firstDateFrom(v, from, Math.min(from + 50, stop));
            if (soon == null) {
                DateMention meeting = firstDateFrom(v, from, Math.min(from + 110, stop));
                soon = meeting != null && Regions.matches(AT_MEETING_ON, text, from, meeting.start()) ? meeting : null;
            }
            // "signed an Association Agreement with the EU, which includes a Deep and Comprehensive Free Trade Area, in June
            // 2014": the date after a relative clause set off by commas
            DateMention aside = soon == null ? firstDateFrom(v, ins.end(), Math.min(ins.end() + 170, semicolon < 0 ? text.length() : semicolon)) : null;
            boolean afterAside = aside != null && Regions.matches(RELATIVE_ASIDE_THEN, text, ins.end(), aside.start());
            if (afterAside) {
                soon = aside;
            }
            if (soon != null && soon.start() >= 4 && Regions.matches(DETERMINER_BEFORE_YEAR, text, Math.max(0, soon.start() - 6), soon.start())
                    && Regions.lengthAt(INSTRUMENT_NOUN_AFTER_YEAR, text, soon.end()) > 0) {
                soon = null; // "signed a protocol amending the 2004 agreement on mutual trips": the year of the one amended
            }
            if (soon != null && Regions.matches(OTHER_VERB_RELATIVE, text, from, soon.start())) {
                soon = null; // "signed a Reciprocal Access Agreement (RAA) which the Philippine Senate ratified in December": the ratification's
            }
            if (soon != null && yearOfTheName(text, ins, soon)) {
                soon = null; // "the Kuala Lumpur Declaration on ASEAN 2045", "Agenda 2063": a year the name ends with
            }
            if (soon != null && (afterAside || !text.substring(from, soon.start()).contains(",")
                    || Regions.matches(COMMA_IN_ON, text, from, soon.start()))) {
                signed = soon.date();
                claimedTo = soon.end();
            } else {
                DateMention last = null;
                for (DateMention d : v.dates()) {
                    if (d.start() >= claimed && d.end() <= ins.start() && !validityPeriod(v, d)) {
                        last = d;
                    }
                }
                signed = last == null ? null : last.date();
            }
        }
        if (signed == null && yearBefore != null) {
            signed = yearBefore.date();
        }
        if (signed == null && ins.kind() == AgreementKind.JOINT_STATEMENT && !ins.proper() && Regions.lengthAt(AT_THE_END_OF_MEETING, text, ins.end()) > 0) {
            signed = meetingDay(doc, v, ins.start()); // "a joint statement issued at the end of the meeting": the day it met
        }
        Matcher f = IN_FORCE.matcher(after);
        if (f.find()) {
            DateMention d = firstDateFrom(v, ins.end() + f.end(), Math.min(text.length(), ins.end() + f.end() + 40));
            inForce = d == null ? null : d.date();
        }
        if (signed != null && inForce != null && signed.compareTo(inForce) > 0) {
            inForce = null;
        }

        if (known != null && signed != null) {
            EdtfDate written = signed;
            signed = known.withKnownYear(signed, v.dates().stream().anyMatch(d -> d.yearInferred() && d.date().equals(written)));
        }
        // "Washington Summit Declaration, adopted ... on July 10" (2024) is not the 2025 one the reference data knows
        boolean other = known != null && !known.agreesWith(signed);
        Set<String> parties = named.size() >= 2 ? new LinkedHashSet<>(named)
                : founders.size() >= 2 ? new LinkedHashSet<>(founders)
                : knownOfParty && !other && !linked ? new LinkedHashSet<>(known.parties()) : parties(doc, v, clauses, ins, linked, recent, segmentEnd);
        withoutStatesOnTheRoute(v, ins, parties);
        withoutStatesInAnAsideBefore(v, ins, parties);
        if (parties.isEmpty() && yearAfter) {
            // "Its shared values were set out in the Singapore Declaration of 1971", "The modern Commonwealth dates back to the
            // London Declaration of April 1949": the body the sentence is about
            String owner = ITS_OPENING.matcher(text).lookingAt() ? possessorOfIts(doc, v, 0)
                    : v.mentions().stream().filter(m -> m.isOrganization() && !m.isProgramme() && m.end() <= ins.start()).map(Mention::code)
                            .findFirst().orElse(null);
            if (owner != null && !Countries.isAlpha3(owner)) {
                parties.add(owner);
            }
        }
        if (ins.kind() == AgreementKind.CHARTER && parties.stream().filter(Countries::isAlpha3).count() >= 2) {
            // "Egypt, Israel, ... and Jordan signed the statute of the East Mediterranean Gas Forum": the states found the body,
            // the body whose charter it is signs nothing
            for (Mention m : v.mentions()) {
                if (m.isOrganization() && m.start() >= ins.start() && m.end() <= ins.end()) {
                    parties.remove(m.code());
                }
            }
        }
        Mention owningBody = linked ? owningBody(doc, v, ins) : null;
        if (owningBody != null && parties.isEmpty()) {
            parties.add(owningBody.code()); // "Leaders of BIMSTEC signed and adopted the grouping's Charter"
        } else if (owningBody != null && ownerBeforeBareTitle(ins, text.substring(Math.max(0, ins.start() - 24), ins.start())).group(1) != null
                && v.mentions().contains(owningBody)) {
            parties = new LinkedHashSet<>(List.of(owningBody.code())); // "...; its Charter was signed": the body's own
        }
        if (linkAfter && !knownOfParty && Clauses.at(clauses, ins.start()).mentions(v).stream().noneMatch(m -> isParty(m, ins))) {
            // "the roadmap ..., which the ministers of A, B, C and D signed": the signers named in the defining clause win
            // over the pair under discussion
            Clause defining = Clauses.at(clauses, ins.end() + la.start());
            if (defining != Clauses.at(clauses, ins.start()) && defining.startsRelative(text)) {
                Set<String> signers = new LinkedHashSet<>();
                for (Mention m : defining.mentions(v)) {
                    if (isParty(m, ins) && m.start() < ins.end() + la.start()) {
                        signers.add(m.code());
                    }
                }
                Matcher counted = COUNTED.matcher(defining.masked(text));
                if (signers.size() < 2 && counted.find()) {
                    // "..., which was signed by the heads of state of three countries": the three the title names
                    String n = counted.group(1).toLowerCase();
                    int count = Words.count(n);
                    signers = titleStates(v, ins, count);
                    if (signers.size() < 2) {
                        signers = new LinkedHashSet<>(doc.countedStates(v.index(), count)); // "which the three states signed in January 2025"
                    }
                }
                if (signers.size() >= 2) {
                    parties = signers;
                }
            }
        }
        if (parties.size() < 2 && linkAfter) {
            // "the interim agreement ..., which Iran and the union signed": the parties of the defining clause
            Clause defining = Clauses.at(clauses, ins.end() + la.start());
            if (defining != Clauses.at(clauses, ins.start()) && defining.startsRelative(text)) {
                for (Mention m : defining.mentions(v)) {
                    if (isParty(m, ins) && m.start() < ins.end() + la.start()) {
                        parties.add(m.code());
                    }
                }
                Matcher kind = ORG_BY_KIND.matcher(defining.masked(text));
                if (kind.find() && defining.start() + kind.start() < ins.end() + la.start()) {
                    Mention org = doc.lastOrganization(v.index(), ins.start(), 3);
                    if (org == null) {
                        org = doc.topicOrganization(v.index(), ins.start());
                    }
                    if (org != null) {
                        parties.add(org.code());
                    }
                }
            }
        }
        return withParties(doc, v, clauses, ins, segmentEnd, text, before, after, la, future, coordinated, negotiating, linkAfter,
                inForceNow, held, continued, listHead, yearBefore, linked, known, other, parties, signed, inForce, claimedTo, owningBody,
                inPassing, takenOnOpenTreaty, recent, yearAfter);
    }

    /**
     * The rest of {@link #build}: the parties settled, and the record. (One method was too large for the JIT's first tier to
     * compile with profiling, so it never reached the optimizing compiler.)
     */
    private Result withParties(DocumentAnalysis doc, SentenceView v, List<Clause> clauses, Instrument ins, int segmentEnd, String text,
            String before, String after, Matcher la, boolean future, boolean coordinated, boolean negotiating, boolean linkAfter,
            boolean inForceNow, boolean held, SentenceView continued, SentenceView listHead, DateMention yearBefore, boolean linked,
            InstrumentInfo known, boolean other, Set<String> parties, EdtfDate signed, EdtfDate inForce, int claimedTo,
            Mention owningBody, boolean inPassing, boolean takenOnOpenTreaty, List<Found> recent, boolean yearAfter) {
        if (continued != null) {
            // "With Azerbaijan — the memorandum ...": the signer of the sentence before, with the state named here
            parties.clear();
            for (Mention m : v.mentions()) {
                if (m.isState() && m.canAct() && m.end() < ins.start()) {
                    parties.add(m.code());
                    break;
                }
            }
            for (Mention m : continued.mentions()) {
                if (m.isState() && m.canAct() && !m.isAdjective() && !m.isPossessive() && !m.compound) {
                    parties.add(m.code());
                    break;
                }
            }
            if (signed == null) {
                signed = continued.dates().isEmpty() ? null : continued.dates().get(0).date();
            }
        }
        if (listHead != null && signed == null) {
            signed = listDate(doc, listHead); // "Among the documents signed on Tuesday are:"
        }
        if (listHead != null && doc.pairAt(v.index()).size() == 2 && (parties.size() < 2 || ANAPHOR.matcher(listHead.text()).find())) {
            // (and "the two neighbors signed 26 agreements ..., among them:" is the pair's, whatever was signed just before)
            // "In total 42 documents were signed ... Among them: – Memorandum of understanding on ...": the pair's
            parties = new LinkedHashSet<>(doc.pairAt(v.index()));
        }
        if (listHead != null && parties.size() < 2 && listHead.mentions().stream().noneMatch(m -> m.canAct())) {
            // "The declaration was signed by the presidents of ... The summit participants also signed: - A Memorandum ...":
            // a head naming no one lists what the signers of the last agreement signed besides
            Agreement previous = recentAgreement(recent, listHead.index(), 3);
            if (previous != null && previous.getParties().size() >= 2) {
                parties = new LinkedHashSet<>();
                for (var p : previous.getParties()) {
                    parties.add(p.getCode());
                }
            }
        }
        if (yearBefore != null) {
            Set<String> withCounterpart = datedWithCounterpart(v, clauses, ins);
            if (withCounterpart.size() == 2) {
                parties = withCounterpart; // "which Bolivia uses under the 1904 Treaty of Peace and Friendship with Chile"
            }
        }
        if (negotiating && guessedPartner(v, Clauses.at(clauses, ins.start()), parties)) {
            // "Negotiations with Oman on a comprehensive economic partnership agreement are at an advanced stage": whose talks
            // the sentence does not say, and the pair talked about before need not be
            return new Result(null, 0, claimedTo);
        }
        Set<String> statusParties = statusParties(v, ins);
        Set<String> whose;
        if (!statusParties.isEmpty() && parties.containsAll(statusParties)) {
            // "The memorandum of obligations of the Republic of Belarus for obtaining the status of an SCO member state was
            // signed at the virtual summit chaired by India ...": between the state and the body its title names
            parties = statusParties;
        } else if (!(whose = whoseParties(v, ins)).isEmpty()) {
            parties = whose;
        } else if (!ins.plural() && !parties.isEmpty() && parties.stream().allMatch(Countries::isAlpha3)) {
            Set<String> acceding = accessionParties(doc, v, ins, parties);
            if (!acceding.isEmpty()) {
                parties = acceding;
            }
        }
        Matcher countedSigners = InstrumentFinder.COUNTED_SIGNERS_AFTER.matcher(after);
        if (parties.size() < 2 && countedSigners.lookingAt()) {
            // "a roadmap the three countries signed in Tashkent in February 2021": the counted group signed it
            String n = countedSigners.group(1).toLowerCase(java.util.Locale.ROOT);
            parties = new LinkedHashSet<>(doc.countedStates(v.index() + 1, Words.count(n)));
        }
        Matcher countedBy = SIGNED_BY_COUNTED_AFTER.matcher(after);
        if (countedBy.lookingAt()) {
            // "the China — Kyrgyzstan — Uzbekistan railway, the agreement on which was signed by the three countries"
            Set<String> counted = doc.countedStates(v.index() + 1, Words.count(countedBy.group(1).toLowerCase(java.util.Locale.ROOT)));
            if (!counted.isEmpty()) {
                parties = new LinkedHashSet<>(counted);
            }
        }
        Set<String> signers = linkAfter ? signedBy(v, ins.end() + la.end(), segmentEnd) : Set.of();
        if (signers.size() >= 2) {
            parties = signers; // "the Treaty ... was signed in Arusha on 30 November 1999 by Kenya, Tanzania and Uganda"
        }
        parties.removeAll(founded(v, ins));
        boolean knownParties = known != null && !other && !known.parties().isEmpty() && signers.size() < 2;
        if (knownParties) {
            // a treaty the reference data knows has the parties it has, whoever the sentence or the article is about
            // (unless the sentence names who signed it: "signed ... by Israel, the United Arab Emirates and Bahrain")
            parties = new LinkedHashSet<>(known.parties());
        }
        if (coordinated && parties.size() < 2) {
            Agreement previous = recentAgreement(recent, v.index(), 0); // the items of one list share their parties
            if (previous != null) {
                Set<String> shared = new LinkedHashSet<>();
                previous.getParties().forEach(p -> shared.add(p.getCode()));
                parties = shared;
            }
        }
        Mention envoys = linked ? declaringBody(v, ins) : null;
        if (envoys != null) {
            parties = new LinkedHashSet<>(List.of(envoys.code())); // "NATO leaders on Wednesday adopted a short declaration ... Ukraine"
        }
        if (parties.size() == 1 && linked && !ins.plural() && !knownParties && ins.title().contains(" with ")
                && v.mentions().stream().noneMatch(m -> m.end() <= ins.linkStart()) // (not "Wellington's free trade agreement with Britain")
                && Countries.isAlpha3(parties.iterator().next())) {
            // "An interim agreement with Iran ... was signed in 2018" in a piece about the Eurasian Economic Union: the counterpart
            // is named, the signer is the one the article is about
            // (only while the text speaks of the body: "The union's external trade agenda ...", "Its first free trade agreement")
            Mention topic = doc.topicOrganization(v.index(), ins.start());
            boolean aboutTheBody = BODY_SUBJECT.matcher(v.lower()).find() || v.index() > 0
                    && BODY_SUBJECT.matcher(doc.sentences().get(v.index() - 1).lower()).find();
            String actor = topic != null && aboutTheBody ? topic.code() : null;
            if (actor != null && !parties.contains(actor)) {
                parties.add(actor);
            }
        }
        InstrumentInfo dated = null;
        if (parties.size() < 2 && !knownParties && !ins.proper() && ins.definite() && signed != null
                && signed.precision() == org.pactum.model.DatePrecision.DAY) {
            // "The trilateral statement signed on November 10, 2020 ended the war": the one instrument of that kind the reference
            // data knows from that day
            List<InstrumentInfo> thatDay = reference.instrumentsOf(signed.toString()).stream().filter(k -> k.kind() == ins.kind()).toList();
            if (thatDay.size() == 1 && thatDay.get(0).parties().size() >= 2) {
                dated = thatDay.get(0);
                parties = new LinkedHashSet<>(dated.parties());
            }
        }
        if (parties.size() == 1 && !knownParties) {
            initiativeOwner(v, ins, parties.iterator().next()).ifPresent(parties::add);
        }
        Mention issuer = parties.size() < 2 && !knownParties && (linked || ins.proper()) ? issuingOrganization(doc, v, ins, parties) : null;
        if (issuer == null && owningBody != null && parties.size() == 1 && parties.contains(owningBody.code())) {
            issuer = owningBody; // "its Charter was signed in Chisinau": the body's founding document
        }
        if (issuer != null) {
            parties = new LinkedHashSet<>(List.of(issuer.code())); // "the Astana Declaration of the SCO Council of Heads of State"
        } else if (parties.size() < 2 && !knownParties // (the AfCFTA Agreement is the African Union's alone)
                && !(yearAfter && parties.size() == 1 && !Countries.isAlpha3(parties.iterator().next())) // (a body's dated declaration)
                && !(takenOnOpenTreaty && parties.size() == 1 && Countries.isAlpha3(parties.iterator().next()))) {
            return new Result(null, 0, claimedTo);
        }
        if (inPassing && (parties.size() != 1 || !Countries.isAlpha3(parties.iterator().next()))) {
            return new Result(null, 0, claimedTo); // taken on by one state only ("joined the NPT in 1994, receiving assurances from ...")
        }
        if (takenOnOpenTreaty && parties.size() == 1 && signed == null) {
            // "ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1980": the state's own act dates its record
            DateMention own = firstDateFrom(v, ins.end(), Math.min(text.length(), ins.end() + 40));
            signed = own == null ? null : own.date();
        }
        if (ins.plural() && (known == null || other)) { // ("the Abraham Accords" are one instrument of several parties)
            List<Set<String>> each = List.of();
            Matcher byKind = held ? ORG_SUBJECT_BY_KIND.matcher(text.substring(0, ins.start())) : null;
            if (held && byKind.find()) {
                // "the Union already has free trade agreements in force with Vietnam, Serbia and Singapore": one with each
                // (the body so called, even when it was named only with a state: "the agreement between the EAEU and Serbia")
                Mention org = doc.topicOrganization(v.index(), ins.start());
                if (org == null) {
                    org = doc.lastOrganizationCalled(v.index(), ins.start(), 3, byKind.group(1).toLowerCase(java.util.Locale.ROOT));
                }
                if (org != null) {
                    List<Set<String>> withEach = new ArrayList<>();
                    for (String p : parties) {
                        if (!p.equals(org.code())) {
                            withEach.add(new LinkedHashSet<>(List.of(org.code(), p)));
                        }
                    }
                    each = withEach;
                }
            }
            if (each.isEmpty()) {
                each = eachSigner(v, ins, parties);
            }
            if (each.isEmpty()) {
                each = signedWithEach(v, ins); // "the normalization agreements that Israel signed with the UAE and Bahrain"
            }
            if (each.isEmpty()) {
                each = eachWithItsDate(v, ins, parties);
            }
            if (each.isEmpty()) {
                each = distribute(v, ins, parties);
            }
            if (each.isEmpty()) {
                each = distributeFromFocus(doc, v, ins);
            }
            if (each.isEmpty()) {
                each = distributeWith(v, ins, parties);
            }
            if (each.isEmpty() && noActorBefore(v, ins) && ins.title().contains(" with ")) {
                // "..., and agreements with Germany and France were signed on February 16": each with the state the sentence
                // before opened with
                String actor = actorOfAgreementsBefore(doc, v.index());
                List<Set<String>> withEach = new ArrayList<>();
                for (String p : parties) {
                    if (actor != null && !p.equals(actor)) {
                        withEach.add(new LinkedHashSet<>(List.of(actor, p)));
                    }
                }
                each = withEach;
            }
            if (each.isEmpty() && MEMBERSHIP_TITLE.matcher(ins.title()).find() && parties.stream().allMatch(Countries::isAlpha3)) {
                // "the two governments signed their protocols of accession": each acceding state with the organization
                Mention org = doc.lastOrganization(v.index(), ins.start(), 3);
                if (org == null) {
                    org = doc.topicOrganization(v.index(), ins.start());
                }
                if (org != null) {
                    List<Set<String>> acceding = new ArrayList<>();
                    for (String p : parties) {
                        acceding.add(new LinkedHashSet<>(List.of(p, org.code())));
                    }
                    each = acceding;
                }
            }
            // (not "... were signed on October 9 and December 23, 2014, respectively": one date each party, not each instrument)
            List<DateMention> listedDates = each.isEmpty() && parties.size() >= 2 && !v.lower().contains("respectively")
                    ? listedDates(v, ins.end(), segmentEnd) : List.of();
            if (listedDates.size() >= 2) {
                // "the trilateral statements signed by the leaders of A, B and C on November 10, 2020, January 11, 2021 and
                // November 26, 2021": one instrument per day, named by it
                String one = singularTitle(clean(ins.title()));
                List<String> titles = listedDates.stream().map(d -> one + " of " + text.substring(d.start(), d.end())).toList();
                return new Result(null, 0, claimedTo, false, java.util.Collections.nCopies(listedDates.size(), parties), titles,
                        listedDates.stream().map(DateMention::date).toList());
            }
            Matcher topics = TOPICS.matcher(ins.title());
            if (each.isEmpty() && topics.find()) {
                String head = ins.title().substring(0, topics.start()).trim();
                String kind = PLURAL_ENDING.matcher(SPACES.split(ins.title())[0]).replaceAll("");
                String word = SHORT_HEAD.matcher(head).matches() ? Words.capitalized(singularTitle(head)) // ("joint statements on ... and on ...")
                        : kind.equalsIgnoreCase("memorand") ? "Memorandum" : Words.capitalized(kind);
                return new Result(null, 0, claimedTo, false, List.of(parties, parties),
                        List.of(word + " on " + topics.group(1), word + " on " + topics.group(2)));
            }
            return new Result(null, 0, claimedTo, false, each, List.of());
        }

        Agreement a = new Agreement();
        a.setTitle(known != null && !other ? known.title() : clean(titleWithBetween(v, ins)));
        if (owningBody != null) {
            a.setTitle(owningBody.code() + " " + a.getTitle()); // "the grouping's Charter": the BIMSTEC Charter
        }
        a.setKind(known != null && !other ? known.kind() : ins.kind());
        if (dated != null) {
            a.setTitle(dated.title());
        }
        for (String p : parties) {
            a.getParties().add(new PartyRef(p, issuer != null || parties.size() == 1 ? PartyRole.ISSUER : PartyRole.PARTY));
        }
        if (signed != null && !future && doc.referenceDay() != null && signed.earliest().isAfter(doc.referenceDay().plusYears(2))) {
            signed = null; // "the Istanbul Declaration ... Turkic World Vision 2040": a target year, no signing day
        }
        a.setSigned(signed);
        a.setInForce(inForce);
        a.setStatus(status(doc, v.lower(), before, ownPart(after), future || FUTURE_AFTER.matcher(after).lookingAt(), linked && !negotiating, signed, inForce));
        if (takenOnOpenTreaty && parties.size() == 1 && a.getStatus() != AgreementStatus.TERMINATED && a.getStatus() != AgreementStatus.SUSPENDED
                && Regions.matches(BOUND_BY_TREATY_BEFORE, v.lower(), Math.max(0, ins.linkStart() - 60), ins.linkStart())) {
            a.setStatus(AgreementStatus.IN_FORCE); // "Turkey ratified the NPT in 1980": bound by it, not only a signatory
        }
        if (negotiating && !future && a.getStatus() != AgreementStatus.TERMINATED && a.getStatus() != AgreementStatus.SUSPENDED) {
            a.setStatus(AgreementStatus.NEGOTIATING); // "... has been in force since 2022, and the two sides are negotiating a broader ..."
            a.setSigned(null); // (an instrument still negotiated has no signing date: the date before is another's)
        }
        if (inForceNow && a.getStatus() == AgreementStatus.SIGNED) {
            a.setStatus(AgreementStatus.IN_FORCE); // "... that brought the Falepili Union Treaty into force"
        }
        a.setOccasion(occasion(text));
        a.setPlace(place(v, ins));
        double confidence = ins.proper() ? 0.8 : 0.7;
        return new Result(a, confidence, claimedTo, ins.proper() || known != null);
    }

    /** "Japan-Australia", "Australia–Japan": two names joined by a hyphen or a dash, as an instrument's name states its parties. */
    private static final Pattern PAIR_IN_NAME = Pattern.compile("\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?\\s?[-\u2013\u2014]\\s?\\p{Lu}[\\p{L}.]+");

    /** The reference data's instrument named where this one is written ("907th Amendment" is Section 907 ...). */
    private InstrumentInfo known(SentenceView v, Instrument ins) {
        for (Mention m : v.instruments()) {
            if (m.start() < ins.end() && ins.start() < m.end() && accededTreaty(v, ins, m) == null) {
                return reference.instrument(m.code()).orElse(null);
            }
        }
        return null;
    }

    /** "on its accession to the", "of Accession of Finland to the": what a membership instrument's title says it is about. */
    private static final Pattern ACCESSION_TO_BEFORE = Pattern.compile("(?i)\\b(?:accession|membership|admission)\\s+(?:of\\s+[^,;]{1,40}?\\s+)?to\\s+(?:the\\s+)?$");

    /**
     * The known treaty a membership instrument is about ("the Protocol on its accession to the Energy Community Treaty": the
     * treaty is acceded to, the protocol is another instrument), or null when {@code m} is not named that way in its title.
     */
    private static Mention accededTreaty(SentenceView v, Instrument ins, Mention m) {
        return m.start() > ins.start() && m.end() <= ins.end() + 1
                && ACCESSION_TO_BEFORE.matcher(v.text().substring(ins.start(), m.start())).find() ? m : null;
    }

    /** The one body that is party to the known treaty a membership instrument's title accedes to, or null. */
    private String bodyOfAccededTreaty(SentenceView v, Instrument ins) {
        for (Mention m : v.instruments()) {
            if (accededTreaty(v, ins, m) != null) {
                List<String> parties = reference.instrument(m.code()).map(InstrumentInfo::parties).orElse(List.of());
                if (parties.size() == 1 && !Countries.isAlpha3(parties.get(0))) {
                    return parties.get(0);
                }
            }
        }
        return null;
    }

    /** Adds the known instruments the name patterns missed ("the JCPOA", "the Abraham Accords"). */
    private static List<Instrument> withKnown(SentenceView v, List<Instrument> found) {
        List<Instrument> out = new ArrayList<>();
        List<Instrument> kept = new ArrayList<>();
        for (Instrument i : found) {
            // "Collective Security Treaty Organization" names an organization, not a treaty; "agreement of this kind after
            // the Japan-Australia RAA" is a description running into a named instrument, which wins
            // ("EU-Armenia Partnership Agenda" only starts with one)
            boolean organization = v.mentions().stream().anyMatch(m -> m.isOrganization() && m.start() <= i.start() && i.end() <= m.end());
            boolean runsIntoName = !i.proper() && v.instruments().stream().anyMatch(m -> m.start() > i.start() && m.end() <= i.end());
            // "the Liptako-Gourma Charter, a mutual defence pact": a description in apposition names the same instrument
            boolean apposition = !i.proper() && !i.definite() && Stream.concat(found.stream().filter(Instrument::proper).map(Instrument::end),
                    v.instruments().stream().map(Mention::end)).anyMatch(e -> e < i.start()
                    && APPOSITION_GAP.matcher(v.text()).region(e, i.start()).matches());
            // "CEPA was signed in Brussels ...", after "the Comprehensive and Enhanced Partnership Agreement (CEPA)": the acronym the
            // article defined, titled by its definition below
            boolean definedAcronym = v.instruments().stream().anyMatch(m -> m.start() == i.start() && m.end() == i.end()
                    && m.entity().name() != null && m.code().equals(v.text().substring(m.start(), m.end()))
                    && ACRONYM.matcher(m.code()).matches());
            if (!organization && !runsIntoName && !apposition && !definedAcronym) {
                kept.add(i);
            }
        }
        out.addAll(kept);
        for (Mention m : v.instruments()) {
            if (kept.stream().anyMatch(i -> i.start() < m.end() && m.start() < i.end())) {
                continue;
            }
            String written = v.text().substring(m.start(), m.end());
            // an acronym the article defined ("RAA") is titled by its definition ("Reciprocal Access Agreement")
            String title = m.code().equals(written) && m.entity().name() != null ? m.entity().name() : written;
            out.add(new Instrument(m.start(), m.end(), title, InstrumentFinder.kindOf(title), true, false, true, m.start()));
        }
        for (Mention m : v.mentions()) {
            // "The CPTPP itself was signed in Santiago ... by Australia, Brunei, ...": a body that is an agreement, signed
            if (m.isOrganization() && m.entity().name() != null && AGREEMENT_NAMED_BODY.matcher(m.entity().name()).find()
                    && ITSELF_SIGNED_AFTER.matcher(v.text()).region(m.end(), v.text().length()).lookingAt()
                    && out.stream().noneMatch(i -> i.start() < m.end() && m.start() < i.end())) {
                String name = m.entity().name();
                out.add(new Instrument(m.start(), m.end(), name, InstrumentFinder.kindOf(name), true, true, true, m.start()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final Pattern APPOSITION_GAP = Pattern.compile(",\\s+(?:a|an)\\s+");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final Pattern AGREEMENT_NAMED_BODY = Pattern.compile("\\b(?:Agreement|Treaty)\\b(?!.*\\bOrgani[sz]ation\\b)");
    private static final Pattern ITSELF_SIGNED_AFTER = Pattern.compile("\\s+(?:itself\\s+)?(?:was|were|had been|has been)\\s+signed\\b|,\\s+signed\\b"); // (", signed in Santiago in March 2018, groups ...")

    private static String clean(String title) {
        String t = TRAILING_PREPOSITION.matcher(SPACES.matcher(title.strip()).replaceAll(" ")).replaceAll("");
        t = t.regionMatches(true, 0, "whose ", 0, 6) ? t.substring(6) : t; // "..., whose agreement with Serbia": a relative pronoun
        t = LIST_MARK.matcher(t).replaceFirst(""); // "- MoU on Cultural Exchange Programme": the list item's dash
        return Words.capitalized(t);
    }

    private static final Pattern LIST_MARK = Pattern.compile("^[-\u2013\u2014\u2022*\u00b7]\\s+");

    /** "the agreement on which was signed": the relative pronoun's preposition is no part of the name. */
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?<=\\S) (?:on|of|for|with|between|in|to|with it|with them)$"); // ("... with it": the body named before)

    private static DateMention firstDateFrom(SentenceView v, int from, int to) {
        for (DateMention d : v.dates()) {
            if (d.start() >= from && d.start() < to && !validityPeriod(v, d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * "the Program of cooperation for 2026-2030", "extending the swap agreement until the year 2030", "set to be finalised
     * by the end of June": when the instrument runs or a task is due, not when it was signed.
     */
    private static boolean validityPeriod(SentenceView v, DateMention d) {
        return d.date().isInterval() && (v.lower().startsWith("for ", Math.max(0, d.start() - 4))
                || d.start() > 0 && v.text().charAt(d.start() - 1) == '(') // "the Development Cooperation Plan (2025-2029)"
                || Regions.matches(DUE_BEFORE, v.lower(), Math.max(0, d.start() - 24), d.start());
    }

    private static final Pattern DUE_BEFORE = Pattern.compile(".*\\b(?:until|till|through|by|to)\\s+(?:the\\s+(?:end|middle|start|beginning)\\s+of\\s+)?"
            + "(?:the\\s+year\\s+)?$");

    /** The state whose initiative a programme is (programme-organizations.txt, third field): "BRI" to "CHN". */
    private static final Map<String, String> INITIATIVE_OWNERS = ResourceTables.codesWithField("programme-organizations.txt", 2).entrySet()
            .stream().filter(e -> !e.getValue().isEmpty()).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** "a memorandum of understanding to join", "by which Argentina joined": the instrument's subject follows. */
    private static final Pattern ON_INITIATIVE_AFTER = Pattern.compile("[^.;()]{0,60}$");

    /**
     * "Nepal signed a memorandum of understanding on the Belt and Road Initiative", "signed a memorandum of understanding by
     * which Argentina joined China's Belt and Road": a state's instrument on another state's initiative is signed with that
     * state. Only for a state signing alone, and only when the initiative is named in the instrument or right after it.
     */
    private static Optional<String> initiativeOwner(SentenceView v, Instrument ins, String signer) {
        if (!Countries.isAlpha3(signer)) {
            return Optional.empty();
        }
        for (Mention m : v.mentions()) {
            String owner = m.isProgramme() ? INITIATIVE_OWNERS.get(m.code()) : null;
            if (owner != null && !owner.equals(signer) && m.start() > ins.start()
                    && (m.end() <= ins.end() || ON_INITIATIVE_AFTER.matcher(v.text().substring(ins.end(), m.start())).matches())) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /** " signed a", " have also signed the": the verb between the pair ("the two countries") and its instrument. */
    private static final Pattern PAIR_SIGNED_RIGHT_BEFORE = Pattern.compile("\\s+(?:(?:have|has|had|also|jointly|then|later|finally)\\s+)*"
            + "(?:signed|inked|concluded|initial(?:l)?ed)\\s+(?:an?|the|their)?\\s*(?:new\\s+)?");

    private Set<String> parties(DocumentAnalysis doc, SentenceView v, List<Clause> clauses, Instrument ins, boolean linked,
            List<Found> recent, int segmentEnd) {
        Set<String> parties = between(doc, v, ins);
        if (parties.size() >= 2) {
            return parties;
        }
        Clause clause = Clauses.at(clauses, ins.start());
        Matcher sides = ANAPHOR.matcher(v.text()).region(clause.start(), Math.max(clause.start(), ins.start()));
        if (sides.find() && doc.pairAt(v.index()).size() == 2 && noPartyBetween(v, clause, ins, clause.start())
                && ROUTE_IN_TITLE.matcher(ins.title()).find()) {
            // "the sides are still negotiating an agreement on the transit of Russian gas through Kazakhstan to Uzbekistan":
            // the pair under discussion, not the states of the route in the title
            return new LinkedHashSet<>(doc.pairAt(v.index()));
        }
        Matcher pairSubject = ANAPHOR.matcher(v.text()).region(clause.start(), Math.max(clause.start(), ins.start()));
        if (pairSubject.find() && doc.pairAt(v.index()).size() == 2
                && PAIR_SIGNED_RIGHT_BEFORE.matcher(v.text()).region(pairSubject.end(), ins.start()).matches()
                && clause.mentions(v).stream().noneMatch(m -> m.start() >= pairSubject.end() && isParty(m, ins))
                && clause.mentions(v).stream().allMatch(m -> m.start() >= pairSubject.end() || m.isAdjective() || m.type() == EntityType.PLACE)) {
            // "under the so-called French proposal, after which the foreign ministers of the two countries signed a bilateral
            // protocol in Sofia": the pair is the subject of the verb; an adjective or a place before it is not (but a state or
            // a leader named before it tells which two: "during Mirziyoyev's state visit to Dushanbe, the two presidents
            // signed"; and one named after it, "with Qatar", is a counterpart)
            return new LinkedHashSet<>(doc.pairAt(v.index()));
        }
        int subjectFrom = subordinateSignerAt(v, clause, ins);
        Set<String> withCounterpart = subjectWithCounterpart(doc, v, clause, ins, subjectFrom);
        if (withCounterpart.size() >= 2) {
            return withCounterpart;
        }
        Set<String> inTimePhrase = new LinkedHashSet<>();
        for (Mention m : clause.mentions(v)) {
            if (m.start() < subjectFrom) {
                continue; // "Concern in Canberra ... grew after Solomon Islands signed a security agreement with China": not Canberra
            }
            // "... signed a memorandum ..., alongside a parallel memorandum with Mauritania and Senegal": those are the next one's;
            // "an agreement on a pipeline that will connect ... the Russian Druzhba pipeline": an adjective describing, after it
            if (isParty(m, ins) && m.start() < segmentEnd && !(m.isAdjective() && m.start() > ins.end()
                    && !ACTOR_AFTER_ADJECTIVE.matcher(v.text()).region(m.end(), v.text().length()).lookingAt())
                    && !(m.start() > ins.end() && DESCRIBED_AFTER.matcher(v.text()).region(ins.end(), m.start()).find())
                    // ("..., followed by Germany and France in February": the next ones' counterparts, see followedBy)
                    && !(m.start() > ins.end() && v.text().substring(ins.end(), m.start()).contains(", followed by"))) {
                boolean opening = m.start() < ins.start() && Regions.matches(OPENING_TIME_PHRASE, v.text(), clause.start(), m.start())
                        && v.text().substring(m.end(), ins.start()).contains(", ");
                (opening ? inTimePhrase : parties).add(m.code());
            }
        }
        if (parties.size() < 2) {
            parties.addAll(inTimePhrase); // (but "After Russia's invasion of Ukraine, the EU and Azerbaijan signed ...": theirs)
        }
        if (ins.start() > clause.start()) {
            // "The leaders of the European Union and the five Central Asian states adopted a Joint Declaration": the group's states
            parties.addAll(doc.reference().groupNamedIn(v.lower().substring(clause.start(), ins.start())));
            if (linked && !parties.isEmpty() && !MEMBERSHIP_TITLE.matcher(ins.title()).find()) {
                // (not "Pakistan, together with India, is to sign a memorandum of obligations on joining": each its own)
                parties.addAll(signedAlongWith(v, clause, ins));
            }
        }
        if (parties.size() == 1 && v.text().regionMatches(true, ins.linkStart(), "its ", 0, 4) && ins.title().contains(" with ")) {
            // "Its Stabilisation and Association Agreement with the EU": the one "its" refers to, with the counterpart
            String owner = possessorOfIts(doc, v, ins.linkStart());
            if (owner != null && !parties.contains(owner)) {
                parties.add(owner);
            }
        }
        Matcher withBody = WITH_THE_BODY.matcher(v.lower()).region(ins.start(), Math.min(v.lower().length(), ins.end() + 30));
        if (parties.size() == 1 && withBody.find()) {
            // "signed an Economic Partnership Agreement with the Union on the same day": the body named so before
            Mention org = doc.lastOrganizationCalled(v.index(), ins.start(), v.index(), withBody.group(1));
            if (org == null) {
                org = doc.topicOrganization(v.index(), ins.start());
            }
            if (org != null && !parties.contains(org.code())) {
                parties.add(org.code());
            }
        }
        if (parties.size() == 1 && (ins.title().endsWith(" with it") || Regions.lengthAt(WITH_IT, v.lower(), ins.end()) > 0)
                && Regions.matches(BODY_NAMED_BEFORE, v.lower(), 0, ins.start())) {
            // "Mauritania, which quit the bloc in 2000, signed an association agreement with it in 2017": the body just named
            Mention org = lastOrganizationBefore(v, ins.start());
            org = org != null ? org : doc.topicOrganization(v.index(), ins.start());
            if (org != null && !parties.contains(org.code())) {
                parties.add(org.code());
            }
        }
        Matcher bodySigned = BODY_SUBJECT_SIGNED.matcher(v.text()).region(clause.start(), ins.start());
        if (parties.size() == 1 && bodySigned.find()) {
            // "Beyond Europe, the bloc signed a free trade agreement with Singapore": the body the article is about
            String head = bodySigned.group(1).toLowerCase(java.util.Locale.ROOT);
            Mention org = head.equals("bloc") || head.equals("grouping") ? null : doc.lastOrganizationCalled(v.index(), ins.start(), v.index(), head);
            if (org == null) {
                org = doc.topicOrganization(v.index(), ins.start());
            }
            if (org != null && !parties.contains(org.code())) {
                parties.add(org.code());
            }
        }
        if (parties.size() == 1 && linked && noActorBefore(v, ins)) {
            // "The first such agreement was signed with the United Kingdom": with the state the sentence before opened with
            String only = parties.iterator().next();
            String actor = actorOfAgreementsBefore(doc, v.index());
            boolean counterpart = v.mentions().stream().anyMatch(m -> m.code().equals(only) && m.start() >= ins.start()
                    && Regions.matches(ENDS_WITH_WITH, v.lower(), Math.max(ins.start(), m.start() - 12), m.start()));
            if (counterpart && actor != null && !actor.equals(only)) {
                parties.add(actor);
            }
        }
        if (parties.size() == 1 && Regions.lengthAt(IT_HAS_OPENING, v.text(), 0) > 0 && noSubjectNamed(v, ins)) {
            // "The Philippines is bound to the United States by ... It also has a status of visiting forces agreement with
            // Australia": "It" is the subject of the sentence before
            String it = doc.openingState(v.index() - 1);
            if (it != null && !parties.contains(it)) {
                parties.add(it);
            }
        }
        if (parties.size() <= 1 && clause != clauses.get(0) && Regions.matches(AND_ANOTHER_INSTRUMENT, v.text(), clause.start(), ins.start())) {
            // "India signed a CEPA with the UAE on February 18, which came into force on May 1, and an ECTA with Australia on
            // April 2": the object of the same verb, signed by its subject
            clauses.get(0).mentions(v).stream().filter(m -> (m.isState() || m.isOrganization()) && m.canAct() && !m.isAdjective()
                    && !m.isPossessive() && beforeAnyInstrument(v, m)).findFirst()
                    .filter(m -> !parties.contains(m.code())).ifPresent(m -> parties.add(m.code()));
        }
        if (parties.size() == 1 && doc.focus() != null && !parties.contains(doc.focus()) && Regions.lengthAt(WITH_OPENING, v.text(), 0) > 0
                && v.mentions().stream().filter(m -> m.end() <= ins.start() && (m.isState() || m.isOrganization()) && m.canAct()).count() == 1) {
            // "With Uzbekistan, the Treaty on Allied Relations was signed in Tashkent": with the state the article is about
            parties.add(doc.focus());
        }
        String clauseText = clause.masked(v.text());
        Matcher pronoun = IT_SIGNED.matcher(v.lower()).region(Math.max(0, ins.linkStart() - 30), ins.linkStart());
        if (linked && pronoun.find()) {
            // "It was the first South American country to recognize the People's Republic, and in November 2005 it signed the
            // first free trade agreement China concluded with any Latin American state": the state "It" stands for
            // (not "It was the first summit for Bolivia ..., nine years after it signed": a subordinate "it", the state before)
            boolean coordinated = Regions.matches(COORDINATED_IT, v.text(), Math.max(0, pronoun.start() - 60), pronoun.start());
            String it = coordinated && IT_SUBJECT_OPENING.matcher(v.text()).lookingAt() ? doc.pronounState(v.index()) : null;
            Mention last = null;
            for (Mention m : v.mentions()) {
                if (it == null && m.end() <= pronoun.start() && m.isState() && m.canAct() && !m.isAdjective()) {
                    last = m;
                }
            }
            if (it == null && last == null && TIME_PHRASE_THEN_IT.matcher(v.text()).region(0, pronoun.start()).matches()) {
                // "In October last year it signed a CEPA with Vietnam": "it" opening the sentence is the subject of the one before
                it = doc.pronounState(v.index());
            }
            if (it != null && parties.size() <= 1) {
                parties.add(it);
            } else if (last != null) {
                // "the DRC in 2022, after it signed its own treaty of accession": the state named last before "it", alone
                parties.clear();
                parties.add(last.code());
            }
        }
        if (parties.isEmpty() && linked && ins.proper() && PASSIVE_SIGNED_AFTER.matcher(v.text()).region(ins.end(), v.text().length()).lookingAt()
                && doc.pairAt(v.index()).size() == 2) {
            // "CEPA was signed in Brussels on November 24, 2017": a named instrument signed with no agent named, in an
            // article about a pair: theirs
            parties.addAll(doc.pairAt(v.index()));
            return parties;
        }
        if (parties.isEmpty() && clause.start() > 0 && THEIR_RELATIONS.matcher(v.lower()).region(clause.start(), ins.start()).find()) {
            // "The EU is Tunisia's biggest trading partner, and their relations are governed by an association agreement":
            // the two named before "their"
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : v.mentions()) {
                if (m.end() <= clause.start() && (m.isState() || m.isOrganization()) && m.canAct() && !m.isAdjective()) {
                    named.add(m.code());
                }
            }
            if (named.size() == 2) {
                return named;
            }
        }
        if (parties.isEmpty() && linked && clause != clauses.get(0) && SUBJECTLESS_VERB.matcher(clauseText).lookingAt()
                && recentAgreement(recent, v.index(), 0) == null) {
            // "Somalia was admitted to the bloc ... and signed the Treaty of Accession": the subject of the sentence
            for (Mention m : clauses.get(0).mentions(v)) {
                if (m.isState() && isParty(m, ins) && !m.isAdjective() && !m.isPossessive()) {
                    parties.add(m.code());
                }
            }
        }
        if ((parties.isEmpty() || parties.size() == 1 && ins.title().contains(" with ")) && linked && clause.start() > 0
                && RELATIVE_SIGNED.matcher(clauseText).lookingAt()) {
            // (also "Togo, which signed a military framework agreement with Ankara": the counterpart named in the title)
            // "Bolivia, which signed its own protocol of accession in July 2015, is ...": the state the clause hangs on
            // ("founded by China, Kazakhstan, ... and Uzbekistan, which signed the treaty ...": the whole list)
            Gaps.listedBefore(v, clause.start(), m -> m.isState() && m.canAct() && !m.isAdjective()).forEach(m -> parties.add(m.code()));
        }
        if (parties.isEmpty() && linked && ACCESSION_INSTRUMENT.matcher(ins.title()).lookingAt() && doc.focus() != null) {
            // "It is expected that the protocol of accession will be signed at the conference": the acceding state the
            // article is about, with the body it joins
            Mention org = doc.topicOrganization(v.index(), ins.start());
            if (org != null) {
                parties.add(doc.focus());
                parties.add(org.code());
                return parties;
            }
        }
        if (parties.size() == 1 && Countries.isAlpha3(parties.iterator().next()) && MEMBERSHIP_TITLE.matcher(ins.title()).find()) {
            // "Iran signed the memorandum of obligations for obtaining the status of member state": with the organization;
            // "signed its accession protocol with the bloc": the body named last, when the sentence refers to it by kind
            Mention org = ORG_BY_KIND.matcher(v.text().substring(ins.start())).find()
                    ? doc.lastOrganization(v.index(), ins.start(), 2) : null;
            if (org == null) {
                org = doc.topicOrganization(v.index(), ins.start());
            }
            if (org != null) {
                parties.add(org.code());
                return parties;
            }
            String body = bodyOfAccededTreaty(v, ins);
            if (body != null) {
                parties.add(body); // "signed the Protocol on its accession to the Energy Community Treaty": with the Energy Community
                return parties;
            }
        }
        // "The three juntas, which announced their exit in January, signed the Liptako-Gourma Charter": a clause opening with its
        // verb has its subject at the start of the sentence
        boolean subjectless = clause != clauses.get(0) && SUBJECTLESS_VERB.matcher(clauseText).lookingAt();
        int countedBase = subjectless ? 0 : clause.start();
        Matcher counted = COUNTED.matcher(subjectless ? v.text().substring(0, clause.end()) : clauseText);
        // "The four countries signed a memorandum ... during President Erdogan's visit to Iraq": the counted subject wins over
        // the states of an adjunct
        if (counted.find() && (parties.size() < 2 || countedBase + counted.end() <= ins.start() && noPartyBetween(v, clause, ins,
                countedBase + counted.end()))) {
            String n = counted.group(1).toLowerCase();
            int count = Words.count(n);
            Set<String> group = titleStates(v, ins, count);
            if (group.isEmpty()) {
                group = countedGroup(doc, v, recent, count);
            }
            if (!group.isEmpty()) {
                parties.addAll(group);
                return parties;
            }
        }
        if (THE_PARTIES.matcher(clauseText).find() && parties.size() < 2) {
            Agreement last = recentAgreement(recent, v.index(), 5);
            if (last != null) {
                last.getParties().forEach(p -> parties.add(p.getCode()));
                return parties;
            }
        }
        if (parties.isEmpty() && linked && clause != clauses.get(0) && INCLUDING.matcher(clauseText).find()) {
            // "A and B signed 15 documents, including an agreement on ...": the signers of the main clause
            for (Mention m : clauses.get(0).mentions(v)) {
                if ((m.isState() || m.isOrganization()) && isParty(m, ins) && !m.isAdjective() && !m.isPossessive()) {
                    parties.add(m.code());
                }
            }
            if (parties.size() < 2 && doc.pairAt(v.index()).size() == 2
                    && (ANAPHOR.matcher(clauses.get(0).masked(v.text())).find() || LEADERS.matcher(clauses.get(0).masked(v.text())).find())) {
                // "the two leaders witnessed the exchange of documents between the two countries, including: ...": the pair
                parties.clear();
                parties.addAll(doc.pairAt(v.index()));
            }
            if (parties.size() >= 2) {
                return parties;
            }
            parties.clear();
        }
        if (parties.stream().noneMatch(Countries::isAlpha3) && linked && clause != clauses.get(0) && (ins.kind() == AgreementKind.JOINT_STATEMENT
                && REPORTED_BY_STATEMENT.matcher(clauseText).lookingAt() || WHERE_ADOPTED.matcher(clauseText).lookingAt()
                && MEETING_WORD.matcher(clauses.get(0).masked(v.lower())).find())) {
            // "Leaders of the GCC states, Egypt, Jordan and Iraq reaffirmed ..., according to a joint statement issued at the
            // end of the meeting": the statement of those the sentence reports on (also "The first trilateral meeting of the
            // foreign ministers of Azerbaijan, Pakistan and Turkey was held in Baku ..., where the Baku Declaration was adopted")
            parties.clear();
            for (Mention m : clauses.get(0).mentions(v)) {
                if ((m.isState() || m.isOrganization()) && isParty(m, ins) && !m.isAdjective() && !m.isPossessive() && !m.isLocative()) {
                    parties.add(m.code());
                }
            }
            if (parties.size() >= 2) {
                return parties;
            }
            parties.clear();
        }
        if (parties.size() == 1 && linked && !ANAPHOR.matcher(clauseText).find() && clause != clauses.get(0)) {
            // "Italy ..., with a memorandum of understanding it concluded with Beijing": the sentence's subject signed too
            for (Mention m : clauses.get(0).mentions(v)) {
                if (m.isState() && isParty(m, ins) && !m.isAdjective() && !m.code().equals(parties.iterator().next())) {
                    parties.add(m.code());
                    return parties;
                }
            }
        }
        if (parties.isEmpty() && linked && (!ins.proper() || doc.topicOrganization(v.index(), ins.start()) == null) && LEADERS.matcher(clauseText).find() && doc.pairAt(v.index()).size() == 2) {
            parties.addAll(doc.pairAt(v.index()));
            return parties;
        }
        if (parties.isEmpty() && linked && (LEADERS.matcher(clauseText).find() || clause != clauses.get(0) && SUBJECTLESS_VERB.matcher(clauseText).lookingAt())) {
            // "the heads of state of A, B, ... signed the Dushanbe Declaration. The leaders also adopted a Statement ...,
            // approved the Program ...": the signers of the instrument just before
            Agreement last = recentAgreement(recent, v.index(), 1);
            if (last != null && last.getParties().size() >= 2) {
                last.getParties().forEach(p -> parties.add(p.getCode()));
                return parties;
            }
        }
        if (parties.size() == 1 && linked && Countries.isAlpha3(parties.iterator().next())) {
            // "The United Kingdom was first, signing an Agreement on Security Co-operation in Kyiv": a state's
            // instrument signed in another state's capital is with that state
            for (Mention m : v.mentions()) {
                boolean signedThere = m.start() <= ins.end() + 4 && v.lower().startsWith("in ", m.start() - 3);
                // "signed during the visit of President Ilham Aliyev to Belgrade": the host's capital
                boolean visited = v.lower().startsWith("to ", m.start() - 3) && v.lower().lastIndexOf("visit", m.start()) > ins.start();
                if (m.isCapital() && m.start() > ins.start() && (signedThere || visited)
                        && !parties.contains(m.code())) {
                    parties.add(m.code());
                    return parties;
                }
            }
        }
        if (parties.size() == 1 && linked && ITS_MEMBERS.matcher(clauseText).find()
                || parties.size() == 1 && (linked || ins.proper()) && v.lower().startsWith("its ", Math.max(0, ins.start() - 4))) {
            // "EFTA ...: its members signed a free trade agreement with Thailand", "its Partnership Agreement with India"
            String owner = ownedByTheOneBefore(v, ins) ? possessorOfIts(doc, v, 0) : null;
            if (owner != null && !parties.contains(owner)) {
                // "For the EU, the deal caps a run of agreements. Its trade pact with Canada ..., its economic partnership
                // agreement with Japan took effect in February": the one the sentence before opened with
                parties.add(owner);
                return parties;
            }
            Mention org = doc.lastOrganization(v.index(), ins.start(), 2);
            if (org != null && !parties.contains(org.code())) {
                parties.add(org.code());
                return parties;
            }
            // "Under its Stabilisation and Association Agreement with the EU, ..., Belgrade is required": "its" is the state
            // the sentence is about
            for (Mention m : v.mentions()) {
                if (m.isState() && isParty(m, ins) && !m.isAdjective() && !parties.contains(m.code())) {
                    parties.add(m.code());
                    return parties;
                }
            }
        }
        if (parties.size() == 1 && linked && ORG_SUBJECT_BY_KIND.matcher(clauseText).find()) {
            // "The council is negotiating a free trade agreement with the United Kingdom": the organization under discussion
            Mention org = doc.topicOrganization(v.index(), ins.start());
            if (org != null && !parties.contains(org.code())) {
                parties.add(org.code());
                return parties;
            }
        }
        if (parties.size() == 1 && linked) {
            // "Yet Santiago had already signed a free trade agreement with the United States": a capital as the subject
            String capital = capitalSubject(v, clause, ins);
            if (capital != null && !parties.contains(capital)) {
                parties.add(capital);
                return parties;
            }
        }
        if (parties.size() == 1 && linked && OWN_BEFORE.matcher(v.text().substring(Math.max(0, ins.start() - 12), ins.start())).find()) {
            // "Ukraine's Association Agreement with the EU ... Moldova signed its own Association Agreement in June 2014": one of
            // the same kind with the counterpart of the one told before
            String counterpart = counterpartOfRecent(doc, recent, v.index(), ins.kind(), parties.iterator().next());
            if (counterpart != null) {
                parties.add(counterpart);
                return parties;
            }
        }
        if (ANAPHOR.matcher(clauseText).find() || parties.size() == 1 && linked) {
            if (parties.isEmpty() || parties.stream().noneMatch(Countries::isAlpha3) && ANAPHOR.matcher(clauseText).find()) {
                parties.addAll(doc.pairAt(v.index()));
            } else if (parties.size() == 1 && withCounterpartOnly(v, ins, clause, parties.iterator().next())
                    && doc.pairAt(v.index()).size() == 2 && !doc.pairAt(v.index()).contains(parties.iterator().next())) {
                // "Both countries also signed defence cooperation agreements with the United States": the pair, with it
                parties.addAll(doc.pairAt(v.index()));
            } else if (parties.size() == 1 && Countries.isAlpha3(parties.iterator().next())) {
                String partner = doc.partnerOf(parties.iterator().next(), v.index());
                if (partner != null) {
                    parties.add(partner);
                }
            }
        } else if (parties.isEmpty() && linked && !ins.proper()) {
            // "This route was confirmed by a memorandum dated ...": the agreement under discussion
            Agreement last = recentAgreement(recent, v.index(), 3);
            Matcher group = COUNTED.matcher(v.text());
            int count = group.find() ? Words.count(group.group(1).toLowerCase(java.util.Locale.ROOT)) : 0;
            if (last != null) {
                last.getParties().forEach(p -> parties.add(p.getCode()));
            } else if (count > 2) {
                // "coordination among the four countries started in 2006, and the parties have signed ... a master agreement":
                // the counted states, not the pair
                Set<String> states = doc.countedStates(v.index(), count);
                if (states.size() == count) {
                    parties.addAll(states);
                }
            } else if (doc.pairAt(v.index()).size() == 2) {
                parties.addAll(doc.pairAt(v.index())); // "more than 20 documents were signed, including an agreement on ..."
            }
        } else if (parties.isEmpty() && linked && BILATERAL_TITLE.matcher(ins.title()).find() && doc.pairAt(v.index()).size() == 2
                && v.mentions().stream().noneMatch(m -> m.isState() || m.isOrganization())) {
            // "The legal framework of relations also includes the Treaty on the Fundamentals of Relations of January 13, 1993":
            // a treaty between two, in a sentence naming no one, is the pair's under discussion
            parties.addAll(doc.pairAt(v.index()));
        }
        if (linked && (parties.size() < 2 && LEADERS.matcher(v.text()).find() || PARTICIPANTS.matcher(v.text()).find())) {
            // "President of Azerbaijan ..., President of Kazakhstan ... took part in the event. ... Also the heads of state
            // approved the Concept of ...": the states whose leaders took part
            Set<String> present = doc.participantsAt(v.index());
            if (present.containsAll(parties) && !present.isEmpty()) {
                return new LinkedHashSet<>(present);
            }
        }
        return parties;
    }

    /**
     * "EAEU signs economic partnership agreement with UAE and interim trade agreement with Mongolia": each instrument is
     * between the clause's subject (named before the first verb) and the counterpart its own name gives after "with".
     */
    private static final Pattern AND_LAST_GAP = Pattern.compile("\\s*,?\\s*(?:and|&)\\s+(?:the\\s+)?");

    private static final Pattern ALONG_WITH_HOLE = Pattern.compile("\\W*(?:together with|along with|alongside)\\s+(?:the\\s+)?");

    /**
     * "Uzbekistan and Turkmenistan, together with Iran, Oman and Qatar, signed the agreement": the states of an aside set off
     * by commas between the subject and the instrument sign too.
     */
    private static Set<String> signedAlongWith(SentenceView v, Clause clause, Instrument ins) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] h : clause.holes()) {
            Matcher along = ALONG_WITH_HOLE.matcher(v.lower()).region(h[0], h[1]);
            if (h[0] > clause.start() && h[1] <= ins.start() && along.lookingAt()) {
                List<Mention> listed = Gaps.listedFrom(v, along.end(), m -> m.isState() && m.canAct() && !m.isAdjective() && !m.isPossessive());
                // (states only: "together with the African Development Bank" lends, it does not sign); only when the states fill the aside ("together with Iran's envoy" names no signer)
                String rest = listed.isEmpty() ? "?" : v.text().substring(listed.get(listed.size() - 1).end(), h[1]).strip();
                if (rest.isEmpty() || rest.equals(",")) {
                    listed.forEach(m -> out.add(m.code()));
                }
            }
        }
        return out;
    }

    /** The states and bodies listed on from {@code pos} (", Brazil, Paraguay and Uruguay"). */
    private static List<Mention> listContinued(SentenceView v, int pos) {
        return Gaps.listedFrom(v, pos, m -> (m.isState() || m.isOrganization()) && !m.isSlip() && !m.isAdjective() && !m.isPossessive()
                && !m.locative);
    }

    /** At least two items, the last joined by "and": a list that is closed, not a next clause's subject after a comma. */
    private static boolean closedList(SentenceView v, List<Mention> list) {
        return list.size() >= 2 && Regions.matches(AND_LAST_GAP, v.text(), list.get(list.size() - 2).end(), list.get(list.size() - 1).start());
    }

    /** Where the instrument's counterparts end when its name stops at the first of a closed list ("with Argentina, Brazil and Chile"). */
    private static int counterpartsEnd(SentenceView v, Instrument ins) {
        if (!ins.title().contains(" with ")) {
            return ins.end();
        }
        List<Mention> more = listContinued(v, ins.end());
        return closedList(v, more) ? more.get(more.size() - 1).end() : ins.end();
    }

    private static Set<String> subjectWithCounterpart(DocumentAnalysis doc, SentenceView v, Clause clause, Instrument ins, int subjectFrom) {
        int with = ins.title().indexOf(" with ");
        if (with < 0 || ins.plural()) {
            return Set.of(); // plural: one instrument with each counterpart, see distribute
        }
        int from = ins.start() + with + " with ".length();
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : clause.mentions(v)) {
            if (m.start() >= subjectFrom && m.end() <= ins.linkStart() && isParty(m, ins) && !m.isAdjective() && !m.isPossessive()
                    && beforeAnyInstrument(v, m)) {
                out.add(m.code());
            }
        }
        Matcher body = BODY_SUBJECT.matcher(v.lower()).region(0, Math.max(0, ins.start()));
        if (out.isEmpty() && body.find()) {
            // "the union also signed an interim trade agreement with Mongolia, while its ... agreement with Iran ...": the body
            // the sentence's first "the union" or "its" stands for
            Mention org = body.group(1) == null ? lastOrganizationBefore(v, body.start())
                    : doc.lastOrganizationCalled(v.index(), body.start(), v.index(), body.group(1));
            if (org != null) {
                out.add(org.code());
            }
        }
        Matcher bloc = THE_BLOC_SUBJECT.matcher(v.lower()).region(clause.start(), Math.max(clause.start(), ins.start()));
        if (out.isEmpty() && bloc.find()) {
            // "In Asia, the bloc already has trade agreements in place with Japan, ...": the body the article talks about
            Mention org = doc.topicOrganization(v.index(), ins.start());
            if (org != null) {
                out.add(org.code());
            }
        }
        if (out.isEmpty()) {
            return Set.of();
        }
        int subjects = out.size();
        int pos = from;
        for (Mention m : v.mentions()) {
            if (m.start() < pos || m.end() > ins.end()) {
                continue;
            }
            boolean listed = pos == from || Gaps.isListGap(v.text(), pos, m.start());
            if (!listed || !(m.isState() || m.isOrganization()) || m.isSlip()) {
                break;
            }
            out.add(m.code()); // "with Iran and Afghanistan"
            pos = m.end();
        }
        if (out.size() > subjects && pos >= ins.end() - 1) {
            // "the protocol of accession with Argentina, Brazil, Paraguay, Uruguay and Venezuela": the name stops at the first
            // comma, the list goes on (kept only when an "and" closes it, so that a next clause's subject is not taken)
            List<Mention> more = listContinued(v, pos);
            if (closedList(v, more)) {
                more.forEach(m -> out.add(m.code()));
            }
        }
        return out.size() > subjects ? out : Set.of();
    }


    /**
     * The state opening the sentence before when that sentence says it has agreements with others ("Ukraine has already
     * concluded bilateral security agreements with seven countries"): the signer of "the first such agreement ... with".
     */
    private static String actorOfAgreementsBefore(DocumentAnalysis doc, int index) {
        if (index == 0 || !AGREEMENTS_WITH.matcher(doc.sentences().get(index - 1).lower()).find()) {
            return null;
        }
        return doc.openingState(index - 1);
    }

    private static final Pattern AGREEMENTS_WITH = Pattern.compile("\\b(?:agreements|deals|accords|treaties|memorand(?:a|ums)|pacts)"
            + " with\\b");

    /** "grew after Solomon Islands signed a ...": a subordinate clause whose subject signs, opening before the instrument. */
    private static final Pattern SUBORDINATE_SIGNER = SearchPatterns.startingWith("awbsouAWBSOU",
            "(?i)\\b(?:after|when|because|since|before|once|until)\\s+(?:the\\s+)?");

    /**
     * Where the subject of a subordinate clause that signs the instrument starts ("after Solomon Islands signed"), so the names
     * before it are left out; the clause's start when there is none.
     */
    private static int subordinateSignerAt(SentenceView v, Clause clause, Instrument ins) {
        Matcher m = SUBORDINATE_SIGNER.matcher(v.text()).region(clause.start(), Math.max(clause.start(), ins.start()));
        int from = clause.start();
        while (m.find()) {
            int at = m.end();
            for (Mention subject : v.mentions()) {
                // (the subject ends before the instrument: "since Palau ... the Palau Agreement" may name one inside it)
                if (subject.start() == at && subject.end() <= ins.start() && subject.isState() && subject.canAct() && !subject.isAdjective()
                        && SIGNED_UP_TO.matcher(v.text()).region(subject.end(), ins.start()).matches()) {
                    from = m.start();
                }
            }
        }
        return from;
    }

    /** " signed a ", " and Vanuatu signed the ": what may stand between a subordinate clause's subject and the instrument. */
    private static final Pattern SIGNED_UP_TO = Pattern.compile("(?i)(?:\\s+and\\s+[\\p{L} ]{2,30}?)?\\s+(?:had\\s+|has\\s+|have\\s+)?"
            + "(?:signed|concluded|inked|initialled|initialed)\\s+(?:(?:an?|the|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?");

    /** No state or body acts before the instrument but as an object after "with" ("It has an agreement with A, ... and signed one with B"). */
    private static boolean noSubjectNamed(SentenceView v, Instrument ins) {
        return v.mentions().stream().noneMatch(m -> m.end() <= ins.linkStart() && (m.isState() || m.isOrganization()) && m.canAct()
                && !m.isLocative() && !Regions.matches(ENDS_WITH_WITH, v.lower(), Math.max(0, m.start() - 12), m.start()));
    }

    private static final Pattern AND_ANOTHER_INSTRUMENT = Pattern.compile("[\\s,]*and\\s+(?:also\\s+)?(?:an?|the|another)\\s+");
    private static final Pattern WITH_OPENING = Pattern.compile("\\W*With\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s*,\\s+(?:the|a|an)\\s");
    private static final Pattern IT_HAS_OPENING = Pattern.compile("\\W*It\\s+(?:also\\s+|already\\s+)*(?:has|had|signed|concluded)\\b");


    /** No state or body acts before the instrument: its signer is not in the sentence. */
    private static boolean noActorBefore(SentenceView v, Instrument ins) {
        return v.mentions().stream().noneMatch(m -> m.end() <= ins.linkStart() && (m.isState() || m.isOrganization()) && m.canAct()
                && !m.isLocative());
    }

    /** "Its trade pact with Canada ..., its agreement with Japan ...": a sentence opening with "Its", and the instrument after one. */
    private static final Pattern ITS_OPENS = Pattern.compile("\\W*Its\\s");
    private static final Pattern ITS_RIGHT_BEFORE = Pattern.compile("(?i)(?:^|[,;]\\s+(?:and\\s+)?|\\sand\\s+)\\W*its\\s+(?:(?:first|own|existing|new)\\s+)?$");

    /** The instrument is the one "Its" at the sentence's opening stands for (no state or body named in the sentence owns it). */
    private static boolean ownedByTheOneBefore(SentenceView v, Instrument ins) {
        return v.index() > 0 && ITS_OPENS.matcher(v.text()).lookingAt()
                && ITS_RIGHT_BEFORE.matcher(v.text().substring(Math.max(0, ins.start() - 40), ins.start())).find();
    }

    private static final Pattern THE_LEADERS = Pattern.compile("\\bthe (?:leaders|heads of state|heads of state and government|delegations)\\b");
    private static final Pattern THE_BLOC_SUBJECT = Pattern.compile("\\bthe (?:bloc|grouping)\\s+(?:(?:already|also|now|still)\\s+)*(?:has|have|had|signed|concluded)\\b");
    private static final Pattern BODY_SUBJECT = Pattern.compile("\\b(?:the (union|organi[sz]ation|alliance|community)|its)\\b");

    private static Mention lastOrganizationBefore(SentenceView v, int pos) {
        Mention last = null;
        for (Mention m : v.mentions()) {
            if (m.isOrganization() && !m.isProgramme() && m.end() <= pos) {
                last = m;
            }
        }
        return last;
    }

    /** Named before the sentence's first instrument: the signer, not a counterpart of an earlier instrument. */
    private static boolean beforeAnyInstrument(SentenceView v, Mention m) {
        int first = v.lower().indexOf(" agreement");
        return first < 0 || m.end() <= first;
    }

    /** "the Program on Establishing the Mongolia-China-Russia Economic Corridor, signed by the heads of state of three countries". */
    private Set<String> titleStates(SentenceView v, Instrument ins, int count) {
        Set<String> states = new LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            if (m.start() >= ins.start() && m.end() <= ins.end()) {
                if (m.isState()) {
                    states.add(m.code());
                } else if (m.type() == EntityType.CORRIDOR) {
                    reference.corridor(m.code()).ifPresent(c -> states.addAll(c.countries())); // the corridor's states
                }
            }
        }
        return states.size() == count ? states : Set.of();
    }

    /** "The charter was signed in Riyadh by ...": a sentence on the instrument just named, with its signers. */
    private static final Pattern SAME_INSTRUMENT_SIGNED_BY = Pattern.compile("\\W*the (?:charter|treaty|agreement|accord|declaration|memorandum"
            + "|convention|protocol|statement|document)s? (?:was|were|had been|has been) signed\\b[^.;]{0,60}?\\bby\\b");

    /** The group of {@code count} parties named just before: an agreement's parties, or the actors of the previous sentence. */
    private Set<String> countedGroup(DocumentAnalysis doc, SentenceView v, List<Found> recent, int count) {
        for (int i = recent.size() - 1; i >= 0 && v.index() - recent.get(i).sentence() <= 5; i--) {
            Set<String> p = new LinkedHashSet<>();
            recent.get(i).agreement().getParties().forEach(x -> p.add(x.getCode()));
            if (p.size() == count) {
                return p;
            }
        }
        Set<String> pairNow = doc.pairAt(v.index());
        if (count == 2 && pairNow.size() == 2) {
            return pairNow; // "the two ministers": the pair under discussion
        }
        if (v.index() > 0) {
            SentenceView prev = doc.sentences().get(v.index() - 1);
            Set<String> actors = new LinkedHashSet<>();
            for (Mention m : prev.mentions()) {
                if (m.canAct() && !m.compound && !(m.isOrganization() && m.isEventContext())) {
                    actors.add(m.code());
                }
            }
            if (actors.size() == count) {
                return actors;
            }
        }
        if (count >= 3 && v.index() + 1 < doc.sentences().size()
                && SAME_INSTRUMENT_SIGNED_BY.matcher(doc.sentences().get(v.index() + 1).lower()).lookingAt()) {
            // "The foreign ministers of eight Arab and African countries signed the charter ... . The charter was signed in Riyadh
            // by Saudi Arabia, Egypt, ...": the group the next sentence lists
            Set<String> listed = new LinkedHashSet<>();
            for (Mention m : doc.sentences().get(v.index() + 1).mentions()) {
                if (m.isState() && m.canAct() && !m.isAdjective() && !m.isPossessive() && !m.isStateActor() && !m.slip) {
                    listed.add(m.code());
                }
            }
            if (listed.size() == count) {
                return listed;
            }
        }
        for (Mention m : v.mentions()) {
            // "the Intergovernmental Agreement and the ... Agreement on the TAPI project were signed by the heads of four
            // states": the states of the line the sentence names
            Set<String> along = m.type() == EntityType.CORRIDOR
                    ? reference.corridor(m.code()).map(c -> (Set<String>) new LinkedHashSet<>(c.countries())).orElse(Set.of()) : Set.of();
            if (along.size() == count) {
                return along;
            }
        }
        Set<String> listed = doc.countedStates(v.index(), count); // "the three states": the states an earlier sentence listed
        if (listed.isEmpty() && doc.lastCorridorCountries(v.index()).size() == count) {
            // "The four countries signed the intergovernmental agreement on the pipeline": the states of the line under discussion
            return new LinkedHashSet<>(doc.lastCorridorCountries(v.index()));
        }
        return listed;
    }

    private static Agreement recentAgreement(List<Found> recent, int index, int window) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (index - recent.get(i).sentence() <= window) {
                return recent.get(i).agreement();
            }
        }
        return null;
    }

    private static final Pattern PASSIVE_SIGNED_AFTER = Pattern.compile("(?i)\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:was|were|had been|has been) signed\\b(?![^.;]{0,60}\\bby\\b)");
    private static final Pattern ROUTE_IN_TITLE = Pattern.compile("(?i)\\b(?:through|via|transit)\\b");

    /** No party is named between {@code from} and the instrument ("the four governments signed ..., when Ankara and Baghdad signed"). */
    private static boolean noPartyBetween(SentenceView v, Clause clause, Instrument ins, int from) {
        return clause.mentions(v).stream().noneMatch(m -> m.start() >= from && m.end() <= ins.start() && isParty(m, ins));
    }

    private static boolean isParty(Mention m, Instrument ins) {
        if (!m.canAct() || m.compound || m.witness || m.reporting) {
            return false;
        }
        if (m.isOrganization() && (m.isEventContext() || m.attributive || m.framed || m.statusObject)) {
            return false;
        }
        if (!ins.proper() && m.start() > ins.start() && m.start() < ins.end() && ins.title().toLowerCase().contains("appeal to")) {
            return false; // "the joint appeal to the OSCE": the addressee
        }
        // a state named inside the title itself ("Treaty of Kars") is no party unless listed after "between", or the
        // title is the holder's ("Albania's Stabilisation and Association Agreement with the EU")
        return !ins.proper() || !(m.start() >= ins.start() && m.end() <= ins.end()) || ins.title().contains("between")
                || ADMISSION_OF.matcher(ins.title()).matches()
                || m.start() == ins.start() && m.isPossessive() || ins.title().contains(" with ") && m.start() > ins.start() + ins.title().indexOf(" with ")
                // "the Joint Statement of the Heads of State of Turkmenistan, the Republic of Azerbaijan and ...": its signers
                || signersInTitle(ins, m);
    }

    /** "the Joint Statement of the Ministers of Transport of the Republic of Azerbaijan, ...": a state after the signers' title. */
    private static boolean signersInTitle(Instrument ins, Mention m) {
        Matcher heads = HEADS_OF.matcher(ins.title());
        return heads.find() && m.start() >= ins.start() + heads.end() - 1;
    }

    private static final Pattern HEADS_OF = Pattern.compile("(?i)\\b(?:heads of (?:state|government)|presidents|leaders|governments|ministers(?: of [\\p{L} ]{3,30}?)?) of (?:the )?[\\p{Lu}]");

    /** "signed in Ashgabat by Turkmenistan, ...", "signed by the presidents of Azerbaijan, Iran and Russia". */
    private static final Pattern BY_AFTER_SIGNING = Pattern.compile("^[^;:]{0,60}?\\bby\\s+(?:the\\s+)?(?:(?:heads of state|heads of government|presidents"
            + "|leaders|prime ministers|foreign ministers|ministers|representatives|governments|heads)\\s+of\\s+(?:the\\s+)?)?");

    /** The states and organizations listed after "by" following the signing verb that ends at {@code from}. */
    /**
     * "an interim agreement ... with Iran and an agreement on trade and economic cooperation with China were both signed":
     * the counterpart another instrument's title names is that instrument's, not this one's.
     */
    private static void withoutOthersCounterparts(SentenceView v, List<Instrument> instruments, int i, Agreement a) {
        Instrument own = instruments.get(i);
        int[] ownSpan = counterpartSpan(v, own);
        if (ownSpan[0] < 0 || a.getParties().size() < 2) {
            return;
        }
        Set<String> others = new LinkedHashSet<>();
        Set<String> free = new LinkedHashSet<>(); // named somewhere else than as another title's counterpart
        boolean owns = false;
        for (Mention m : v.mentions()) {
            if (!m.isState()) {
                continue;
            }
            owns |= m.start() >= own.start() && m.end() <= Math.max(own.end(), ownSpan[1]);
            boolean othersOnly = false;
            for (int j = 0; j < instruments.size(); j++) {
                int[] span = j != i ? counterpartSpan(v, instruments.get(j)) : null;
                othersOnly |= span != null && span[0] >= 0 && m.start() >= span[0] && m.end() <= span[1];
            }
            (othersOnly ? others : free).add(m.code());
        }
        others.removeAll(free);
        if (owns && !others.isEmpty()) {
            a.getParties().removeIf(p -> others.contains(p.getCode()));
        }
    }

    /** "... Partnership Agreement (CECPA) with Mauritius": a counterpart after the instrument's acronym. */
    private static final Pattern ACRONYM_THEN_WITH = Pattern.compile("\\s*\\([\\p{Lu}\\d-]{2,12}\\)\\s+with\\s+(?:the\\s+)?");

    /**
     * Where the counterpart of an instrument "with X" is named: in its title ("the free trade agreement with Vietnam"), or right
     * after its acronym ("the Comprehensive Economic Partnership Agreement (CEPA) with the UAE"); {-1, -1} when it names none.
     */
    private static int[] counterpartSpan(SentenceView v, Instrument ins) {
        int with = ins.title().indexOf(" with ");
        if (with >= 0) {
            return new int[] {ins.start() + with, ins.end()};
        }
        Matcher m = ACRONYM_THEN_WITH.matcher(v.text()).region(ins.end(), v.text().length());
        if (m.lookingAt()) {
            for (Mention state : v.mentions()) {
                if (state.isState() && state.start() == m.end()) {
                    return new int[] {ins.end(), state.end()};
                }
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * An instrument "with Iran" whose only party is that counterpart: the other is the owner "its" stands for ("Its free
     * trade area with Vietnam ...; an interim agreement ... with Iran ..."), or the body the paragraph is about ("The
     * union's external trade agenda has been more active. ... the agreement with Singapore was signed in Yerevan").
     */
    private static void withOwnerOfTheCounterpart(DocumentAnalysis doc, SentenceView v, Instrument ins, Agreement a) {
        int[] span = counterpartSpan(v, ins);
        if (span[0] < 0 || a.getParties().size() != 1) {
            return;
        }
        String counterpart = a.getParties().get(0).getCode();
        boolean inTitle = v.mentions().stream().anyMatch(m -> m.code().equals(counterpart) && m.start() >= span[0] && m.end() <= span[1]);
        if (!inTitle) {
            return;
        }
        String owner;
        if (ITS_OPENING.matcher(v.text()).lookingAt()) {
            String body = v.index() > 0 ? bodyOpening(doc, v.index() - 1) : null;
            owner = body != null ? body : possessorOfIts(doc, v, 0);
        } else {
            owner = paragraphBody(doc, v);
        }
        if (owner == null && doc.focus() != null && Countries.isAlpha3(doc.focus())) {
            owner = doc.focus(); // "It follows the CECPA with Mauritius, ...": the state the article is about
        }
        if (owner != null && !owner.equals(counterpart)) {
            a.getParties().add(new PartyRef(owner, PartyRole.PARTY));
        }
    }

    /** The body a paragraph is about: its first sentence opens with the body's name ("Mercosur's external record is thin") or "The union's". */
    private static String paragraphBody(DocumentAnalysis doc, SentenceView v) {
        int first = v.index();
        while (first > 0 && doc.sentences().get(first - 1).sentence().block() == v.sentence().block()) {
            first--;
        }
        SentenceView opening = doc.sentences().get(first);
        if (BODY_WORD_OPENING.matcher(opening.lower()).lookingAt()) {
            return bodyOpening(doc, first);
        }
        for (Mention o : opening.mentions()) {
            if (o.isOrganization() && !o.isProgramme() && o.start() <= 4) {
                return o.code();
            }
        }
        return null;
    }

    private static final Pattern ITS_OPENING = Pattern.compile("\\W*Its\\b");
    private static final Pattern BODY_WORD_OPENING = Pattern.compile("\\W*the (union|bloc|alliance|organi[sz]ation|community)\\b");

    /**
     * The body sentence {@code index} opens with by its head word ("The Union's reach already goes well beyond Eurasia"):
     * the last one so named before it, or null.
     */
    private static String bodyOpening(DocumentAnalysis doc, int index) {
        Matcher m = BODY_WORD_OPENING.matcher(doc.sentences().get(index).lower());
        if (!m.lookingAt()) {
            return null;
        }
        Mention o = doc.lastOrganizationCalled(index, 0, 8, m.group(1));
        return o == null ? null : o.code();
    }

    /**
     * Who "its" at {@code at} refers to: the first state or organization of the sentence before it ("EFTA ... has been busy
     * too: ... its Trade and Economic Partnership Agreement with India"), else the one opening the sentence before, else the
     * state the article is about.
     */
    private static String possessorOfIts(DocumentAnalysis doc, SentenceView v, int at) {
        for (Mention m : v.mentions()) {
            if (m.start() < at && (m.isState() || m.isOrganization()) && m.canAct() && !m.isAdjective()) {
                return m.code();
            }
        }
        if (v.index() > 0) {
            for (Mention m : doc.sentences().get(v.index() - 1).mentions()) {
                // (a capital for its state: "Seoul's first FTA, with Chile, took effect in April 2004. Its agreement with ...")
                boolean capital = m.isCapital() && m.isPossessive();
                if (m.start() <= 20 && ((m.isState() || m.isOrganization()) && m.canAct() || capital) && !m.isAdjective()) {
                    return m.code();
                }
            }
        }
        return doc.focus();
    }

    /** "Mercosur was created in 1991 by Argentina, Brazil, Paraguay and Uruguay with the Treaty of Asunción": its founders signed it. */
    private static Set<String> foundersWith(SentenceView v, int from, Instrument ins) {
        if (ins.linkStart() <= from || ins.plural()) {
            return Set.of();
        }
        Matcher m = FOUNDERS_THEN_INSTRUMENT.matcher(v.text()).region(from, ins.linkStart());
        if (!m.find()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Mention founder : Gaps.listedFrom(v, m.end(1), x -> x.isState() && x.canAct() && !x.isAdjective())) {
            out.add(founder.code());
        }
        return out;
    }

    private static final Pattern FOUNDERS_THEN_INSTRUMENT = Pattern.compile("(?i)\\b(?:founded|created|established|set up|formed)\\b[^;:]{0,40}?"
            + "\\b(by\\s+(?:the\\s+)?)[^;:]{2,160}?\\s+(?:with|through|under|by signing)\\s+$");

    private static Set<String> signedBy(SentenceView v, int from, int to) {
        Matcher by = BY_AFTER_SIGNING.matcher(v.text()).region(from, Math.max(from, to));
        Set<String> out = new LinkedHashSet<>();
        if (!by.lookingAt()) {
            return out;
        }
        List<Mention> listed = Gaps.listedFrom(v, by.end(), m -> (m.isState() || m.isOrganization()) && !m.isAdjective());
        listed.forEach(m -> out.add(m.code()));
        if (listed.isEmpty()) {
            officialsListedFrom(v, by.end()).forEach(out::add);
        } else {
            // "by the presidents of A, B and C and by the President of D": a second "by" phrase adds its signers
            Matcher more = AND_BY.matcher(v.text()).region(listed.get(listed.size() - 1).end(), v.text().length());
            if (more.lookingAt()) {
                Gaps.listedFrom(v, more.end(), m -> (m.isState() || m.isOrganization()) && !m.isAdjective()).forEach(m -> out.add(m.code()));
            }
        }
        return out;
    }

    /**
     * "signed by Azerbaijani Foreign Minister Jeyhun Bayramov, Georgian Foreign Minister Maka Botchorishvili and Turkish Foreign
     * Minister Hakan Fidan": the states of the officials listed from {@code pos}, each an adjective and a title.
     */
    private static List<String> officialsListedFrom(SentenceView v, int pos) {
        List<String> out = new ArrayList<>();
        for (Mention m : v.mentions()) {
            if (m.start() < pos) {
                continue;
            }
            Matcher title = OFFICIAL_TITLE.matcher(v.text()).region(m.end(), v.text().length());
            if (!m.isAdjective() || !m.isState() || !title.lookingAt() || !OFFICIAL_GAP.matcher(v.text()).region(pos, m.start()).matches()) {
                break;
            }
            out.add(m.code());
            pos = title.end();
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static final Pattern OFFICIAL_TITLE = Pattern.compile("\\s+(?:(?:Foreign|Prime|Deputy|First|Vice|Economy|Trade|Energy|Transport|Finance"
            + "|Defence|Defense|Interior|Economic)\\s+)*(?:Minister|President|Premier|Chancellor|Secretary|Ambassador)\\b(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}'-]+){0,3}");
    /** Between two officials of one list: ", ", " and ", or nothing. */
    private static final Pattern OFFICIAL_GAP = Pattern.compile("\\s*,?\\s*(?:and\\s+)?(?:the\\s+)?");
    private static final Pattern AND_BY = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:also\\s+)?by\\s+(?:the\\s+)?(?:(?:presidents?|leaders?|heads? of state|prime ministers?"
            + "|ministers?|foreign ministers?|representatives?|governments?)\\s+of\\s+(?:the\\s+)?)?");

    private static final Pattern ACTOR_AFTER_ADJECTIVE = Pattern.compile("\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?:side|government|authorities|delegation|counterparts?|ministry"
            + "|president|leadership|parliament|company|state)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMIT_OF_BEFORE = Pattern.compile("(?i)\\b(?:summit|session|meeting|council|conference)\\s+of\\s+"
            + "(?:heads of state(?: and government)? of\\s+)?(?:the\\s+)?$");
    private static final Pattern MEMBERS_AFTER = Pattern.compile("(?i)^\\s+(?:\\([^()]{1,12}\\)\\s+)?(?:member\\s+)?(?:countries|states|nations)\\b");
    private static final Pattern SIGNING_RIGHT_AFTER = Pattern.compile("(?i)^\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:(?:on|last|this) \\p{L}+\\s+)?"
            + "(?:signed|adopted|approved|issued)\\b");
    private static final Pattern LEADERS_OF_BEFORE = Pattern.compile("(?i)\\b(?:leaders|heads of state|heads of state and government|presidents"
            + "|(?:foreign |finance )?ministers|ministers of foreign affairs)"
            + "\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern ISSUER_BEFORE = Pattern.compile("(?i)\\b(?:of|by) the\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?$");
    private static final Pattern ISSUER_AFTER = Pattern.compile("(?i)^\\s+(?:(?:extraordinary|informal|jubilee)\\s+)?(?:summit|council|ministerial|session|heads of)\\b");
    /** "OIC leaders adopted", "BRICS foreign ministers issued": the body whose members' envoys met. */
    private static final Pattern ENVOYS_AFTER = Pattern.compile("(?i)^\\s+(?:(?:member\\s+)?(?:countries'|states')\\s+)?(?:leaders|heads of state(?: and government)?"
            + "|(?:foreign|finance|economy|trade|transport|energy) ministers)\\b");
    private static final Pattern MEETING_AFTER = Pattern.compile("(?i)^\\s+(?:(?:heads of (?:state|government)|foreign ministers'?|leaders'?|extraordinary|informal|jubilee)\\s+)?"
            + "(?:summit|council|ministerial|session|meeting)\\b");

    /**
     * The organization that issues an instrument nobody else is party to: named in its title as the body that adopted it
     * ("Astana Declaration of the SCO Council of Heads of State", "Cairo Declaration of the 11th D-8 Summit", "the
     * BIMSTEC Charter"), or the body whose meeting adopted it ("at the CIS Council of Heads of Government, the
     * leaders signed an agreement on ..."). Not the body a title is about ("Treaty on the Eurasian Economic Union").
     */
    private static Mention issuingOrganization(DocumentAnalysis doc, SentenceView v, Instrument ins, Set<String> parties) {
        String text = v.text();
        for (Mention m : v.mentions()) {
            // "the Joint Declaration of Support for Ukraine, adopted by the Group of Seven on the sidelines of the NATO summit"
            if (m.isOrganization() && !m.isProgramme() && m.start() >= ins.end()
                    && Regions.matches(ADOPTED_BY_GAP, text, ins.end(), m.start())) {
                return m;
            }
        }
        for (Mention m : v.mentions()) {
            if (!m.isOrganization() || m.isProgramme()) {
                continue;
            }
            boolean inTitle = m.start() >= ins.start() && m.end() <= ins.end();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (inTitle && text.substring(ins.start(), m.start()).contains(" on ") && TOPICS.matcher(ins.title()).find()) {
                continue; // "the joint statements on ... and on the 80th anniversary of the United Nations": a subject, not the issuer
            }
            if (inTitle && (m.start() == ins.start() || ISSUER_BEFORE.matcher(text.substring(ins.start(), m.start())).find()
                    || ISSUER_AFTER.matcher(after).lookingAt())) {
                return m;
            }
            if (!inTitle && (MEETING_AFTER.matcher(after).lookingAt() || m.end() <= ins.start() && ENVOYS_AFTER.matcher(after).lookingAt())) {
                return m;
            }
            // "the Khankendi Declaration adopted at the 17th summit of the Economic Cooperation Organization": its summit's body
            if (!inTitle && m.start() >= ins.end() && m.start() - ins.end() <= 60
                    && SUMMIT_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return m;
            }
            // "The leaders of the BRICS countries adopted the Rio de Janeiro Declaration": the body whose leaders met
            // ("Leaders of the Shanghai Cooperation Organisation (SCO) on Monday signed the Tianjin Declaration")
            if (!inTitle && m.end() <= ins.start() && (MEMBERS_AFTER.matcher(after).lookingAt() || SIGNING_RIGHT_AFTER.matcher(after).lookingAt())
                    && LEADERS_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return m;
            }
        }
        boolean declaration = ins.kind() == AgreementKind.JOINT_DECLARATION || ins.kind() == AgreementKind.JOINT_STATEMENT;
        // ("The leaders signed the Astana Declaration" after "leaders of the member states gathered": no pair talked about)
        boolean leaders = THE_LEADERS.matcher(v.lower()).find()
                && !ins.title().regionMatches(true, 0, "joint", 0, 5); // (a "Joint Declaration" is its signers', see the summit's parties)
        boolean leadersOfABody = leaders && doc.pairAt(v.index()).isEmpty();
        // "The leaders signed the Astana Declaration" in a report of the SCO summit: its body's, whatever two states were named last
        Mention summitBody = leaders && !leadersOfABody && (declaration || ins.kind() == AgreementKind.CHARTER) && ins.proper()
                ? summitBody(doc, v.index()) : null;
        if (summitBody != null && noStateOutsideTitle(v, ins, parties)) {
            return summitBody;
        }
        if (declaration && ins.proper() && noStateOutsideTitle(v, ins, parties) && (SUMMIT.matcher(v.lower()).find() || leadersOfABody)) {
            // "Following the summit, the Astana Declaration was signed": the declaration of the body whose summit it is
            Mention named = null;
            for (Mention m : v.mentions()) {
                if (m.isOrganization() && !m.isProgramme() && m.start() < ins.start()) {
                    named = m;
                }
            }
            return named != null ? named : doc.topicOrganization(v.index(), ins.start());
        }
        return null;
    }

    private static final Pattern YEAR_BEFORE_NAME = Pattern.compile("(?i)\\b(?:the|its|their|a) (?:1[89]|20)\\d\\d $");

    /** The year written right before the name ("the 1904 Treaty of Peace and Friendship with Chile"), or null. */
    private static DateMention yearBefore(SentenceView v, Instrument ins) {
        if (ins.start() < 9 || !YEAR_BEFORE_NAME.matcher(v.text().substring(Math.max(0, ins.start() - 12), ins.start())).find()) {
            return null;
        }
        for (DateMention d : v.dates()) {
            if (d.end() == ins.start() - 1) {
                return d;
            }
        }
        return null;
    }

    /**
     * The two parties of a dated name with its counterpart ("its 1961 Treaty of ... with China"): the state the name
     * sets after "with" and the last state acting before the name in its clause, or an empty set.
     */
    private static Set<String> datedWithCounterpart(SentenceView v, List<Clause> clauses, Instrument ins) {
        Clause clause = Clauses.at(clauses, ins.start());
        String subject = null;
        for (Mention m : v.mentions()) {
            if (m.isState() && m.canAct() && m.end() <= ins.start() && clause.contains(m.start(), m.end()) && !m.isLocative()) {
                subject = m.code();
            }
        }
        String counterpart = namedAfterWith(v, ins).stream().filter(m -> m.isState() && m.canAct()).map(Mention::code).findFirst().orElse(null);
        return subject == null || counterpart == null || subject.equals(counterpart) ? Set.of() : new LinkedHashSet<>(List.of(subject, counterpart));
    }

    /** The one party is named after "with" and the pair is referred to before the instrument ("Both countries ... with the US"). */
    private static boolean withCounterpartOnly(SentenceView v, Instrument ins, Clause clause, String party) {
        if (!ANAPHOR.matcher(v.text()).region(clause.start(), Math.max(clause.start(), ins.start())).find()) {
            return false;
        }
        for (Mention m : v.mentions()) {
            if (m.code().equals(party) && m.start() > ins.start()
                    && Regions.matches(ENDS_WITH_WITH, v.lower(), Math.max(ins.start(), m.start() - 10), m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two parties none of which the instrument's clause names other than after "with": one named nowhere in it, or two
     * counterparts of two talks ("Talks on a free trade agreement with New Zealand were launched, and negotiations with Oman
     * on ...").
     */
    private static boolean guessedPartner(SentenceView v, Clause clause, Set<String> parties) {
        if (parties.size() != 2 || ORG_SUBJECT_BY_KIND.matcher(v.text()).find() || ORG_BY_KIND.matcher(v.text()).find()
                || ANAPHOR.matcher(v.text()).find()) {
            return false; // "The council is also negotiating ... with the United Kingdom", "the two sides": a party referred to
        }
        boolean withNamed = false;
        for (String p : parties) {
            for (Mention m : clause.mentions(v)) {
                if (m.code().equals(p)) {
                    boolean afterWith = Regions.matches(ENDS_WITH_WITH, v.lower(), Math.max(0, m.start() - 10), m.start());
                    if (!afterWith) {
                        return false;
                    }
                    withNamed = true;
                }
            }
        }
        return withNamed;
    }

    /**
     * True for a bare year right after the instrument's name, nothing but a space between, or a period of years there: part
     * of the name, not its date.
     */
    private static boolean yearOfTheName(String text, Instrument ins, DateMention d) {
        String gap = text.substring(ins.end(), d.start());
        return d.end() - d.start() == 4 && gap.equals(" ") && text.chars().skip(d.start()).limit(4).allMatch(Character::isDigit)
                || d.date().isInterval() && (gap.equals(" (") || gap.equals(" ")); // "the Development Cooperation Plan (2025-2029)"
    }

    private static final Pattern HELD_ITS_SUMMIT = Pattern.compile("(?i)^\\s+(?:held|holds|opened|convened|hosted|concluded)\\s+its\\s+"
            + "(?:[\\p{L}\\d-]+\\s+){0,2}(?:summit|council|meeting|session)\\b");

    /**
     * The body whose summit or council an earlier sentence reports, the latest one ("the seventh summit of the Cooperation
     * Council of Turkic Speaking States", "the 47th ASEAN Summit", "the VII Summit of Heads of State and Government of
     * the Community of Latin American and Caribbean States"), or null.
     */
    private static Mention summitBody(DocumentAnalysis doc, int index) {
        for (int i = index; i >= 0; i--) {
            SentenceView s = doc.sentences().get(i);
            String text = s.text();
            for (Mention m : s.mentions()) {
                if (m.isOrganization() && !m.isProgramme()
                        && (MEETING_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt()
                        || HELD_ITS_SUMMIT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 50))).lookingAt()
                        || SUMMIT_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 70), m.start())).find())) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The organization whose leaders or ministers, the subject right before the verb, adopted a declaration or statement:
     * "NATO leaders on Wednesday adopted a short declaration", "BRICS foreign ministers issued a joint statement".
     */
    private static Mention declaringBody(SentenceView v, Instrument ins) {
        if (ins.kind() != AgreementKind.JOINT_DECLARATION && ins.kind() != AgreementKind.JOINT_STATEMENT) {
            return null;
        }
        Mention body = null;
        for (Mention m : v.mentions()) {
            if (m.start() >= ins.start()) {
                break;
            }
            if (m.isOrganization() && !m.isProgramme() && ENVOYS_AFTER.matcher(v.text().substring(m.end(), Math.min(v.text().length(), m.end() + 40))).lookingAt()) {
                body = m;
            } else if (body != null && m.isState() && m.canAct()) {
                body = null; // "EU leaders and Ukraine adopted": not the body alone
            }
        }
        return body;
    }

    /** True when no state party is named outside the instrument's title ("the Istanbul Declaration": a city, no signer). */
    private static boolean noStateOutsideTitle(SentenceView v, Instrument ins, Set<String> parties) {
        return v.mentions().stream().noneMatch(m -> parties.contains(m.code()) && Countries.isAlpha3(m.code())
                && (m.start() < ins.start() || m.end() > ins.end()));
    }

    private static final Pattern SUMMIT = Pattern.compile("\\b(?:summit|session|council of (?:heads|foreign))");

    /**
     * The states and organizations a name joins with dashes, at the start of the instrument's name or right before it:
     * "EFTA-Thailand free trade agreement", "Japan-Philippines-United States joint statement", "Saudi-Pakistani protocol".
     */
    private static Set<String> namedParties(SentenceView v, Instrument ins) {
        String text = v.text();
        List<Mention> chain = new ArrayList<>();
        for (Mention m : v.mentions()) {
            if (m.end() > ins.end() || !(m.isState() || m.isOrganization() && !m.isProgramme())) {
                continue;
            }
            Mention last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (last != null && DocumentAnalysis.DASH.matcher(text.substring(last.end(), m.start())).matches()) {
                chain.add(m);
                continue;
            }
            if (namesInstrument(text, chain, ins)) {
                break;
            }
            chain.clear();
            chain.add(m);
        }
        if (!namesInstrument(text, chain, ins)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        chain.forEach(m -> out.add(m.code()));
        return out;
    }

    /** A chain of two or more names that opens the instrument's name or stands right before it. */
    private static boolean namesInstrument(String text, List<Mention> chain, Instrument ins) {
        if (chain.size() < 2) {
            return false;
        }
        int chainStart = chain.get(0).start();
        int chainEnd = chain.get(chain.size() - 1).end();
        boolean opensName = chainStart >= ins.start() && chainStart <= ins.start() + 4;
        // ("the Bangladesh-Bhutan-India-Nepal (BBIN) Motor Vehicles Agreement": the chain's acronym between)
        boolean rightBefore = chainEnd <= ins.start() && Regions.matches(CHAIN_ACRONYM_GAP, text, chainEnd, ins.start());
        // "Treaty on the Kyrgyz-Uzbek state border": the subject the title names is between those states
        boolean inTitle = chainStart >= ins.start() && chainEnd <= ins.end() && ON_THE_BEFORE.matcher(text.substring(ins.start(), chainStart)).find();
        // "the United States–Georgia Charter on Strategic Partnership": the name found from the chain's last state on
        boolean runsIntoName = chainStart < ins.start() && chainEnd > ins.start() && chainEnd <= ins.end();
        return opensName || rightBefore || inTitle || runsIntoName;
    }

    /** "Program" followed by "of economic cooperation between A and B for 2026-2030": the whole name, up to the next stop. */
    private static String titleWithBetween(SentenceView v, Instrument ins) {
        String text = v.text();
        if (ins.title().contains(" between ") || !BETWEEN_AFTER.matcher(text).region(ins.end(), text.length()).lookingAt()) {
            return ins.title();
        }
        int end = ins.end();
        while (end < text.length() && ",;.:\u2014".indexOf(text.charAt(end)) < 0 && end - ins.end() < 200) {
            end++;
        }
        return text.substring(ins.start(), end);
    }

    /** "between Azerbaijan and Turkey", "between the governments of the PRC, the Kyrgyz Republic and the Republic of Uzbekistan". */
    private static final Pattern ANOTHER_INSTRUMENT_WORD = Pattern.compile("\\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|accords?|protocols?|pacts?)\\b");
    private static final Pattern LED_BY_NAME = Pattern.compile("[-\u2010\u2011](?:led|backed|dominated|sponsored)\\s+");

    private static Set<String> between(DocumentAnalysis doc, SentenceView v, Instrument ins) {
        Set<String> out = new LinkedHashSet<>();
        String lower = v.lower();
        int b = lower.indexOf("between ", ins.start());
        if (b < 0 || b - ins.end() > 120 && b > ins.end()
                // ("signed a cooperation agreement in March 2021, and a preferential trade agreement between Iran and the EAEU":
                // the "between" of the next instrument)
                || b > ins.end() && ANOTHER_INSTRUMENT_WORD.matcher(lower).region(ins.end(), b).find()) {
            return out;
        }
        int pos = b + "between ".length();
        for (Mention m : v.mentions()) {
            if (m.start() < pos) {
                continue;
            }
            if (!Regions.matches(BETWEEN_GAP, lower, pos, m.start())) {
                break;
            }
            int led = Regions.lengthAt(LED_BY_NAME, lower, m.end());
            if (led > 0) {
                pos = m.end() + led; // "between Iran and the Russia-led Eurasian Economic Union": the union, not Russia
                continue;
            }
            if ((m.isState() || m.isOrganization()) && !m.isSlip()) {
                out.add(m.code());
            }
            pos = m.end();
        }
        if (out.size() == 1 && AND_THE_BODY.matcher(lower).region(pos, lower.length()).lookingAt()) {
            // "the free trade agreement between Iran and the Union": the organization under discussion
            Mention org = doc.lastOrganization(v.index(), ins.start(), 3);
            if (org == null) {
                org = doc.topicOrganization(v.index(), ins.start());
            }
            if (org != null) {
                out.add(org.code());
            }
        }
        return out.size() >= 2 ? out : new LinkedHashSet<>();
    }

    /** ", but the free trade negotiations launched afterwards were suspended": a clause about something else (not ", but suspended it"). */
    private static final Pattern ANOTHER_SUBJECT_AFTER = Pattern.compile("[,;]\\s+(?:but|while|whereas)\\s+(?:the|its|their|a|an)\\s");

    /** The text after the instrument up to a contrasting clause with another subject. */
    private static String ownPart(String after) {
        Matcher m = ANOTHER_SUBJECT_AFTER.matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }

    private static final Pattern OTHER_WITHDRAWAL_AFTER = Pattern.compile("\\b(?:after|before|when|once|until)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}"
            + "\\s+(?:had\\s+)?(?:withdrew|withdrawn|pulled out|walked away)(?:\\s+from|\\s+of)?\\s+(?:the\\s+)?(?:original\\s+|former\\s+|earlier\\s+)?(?:\\p{Lu}|$)");

    /** "the trade pact that replaced NAFTA on July 1, 2020": the instrument replaced is no longer in force. */
    private static final Pattern REPLACED_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:replaced|superseded|supplanted)\\s+(?:the\\s+)?(?:(?:old|earlier|original|former|previous)\\s+)?$");

    /** "while Venezuela is suspended and Bolivia is in the process of accession after signing its protocol": a named state's status. */
    private static final Pattern NAMED_SUBJECT_SUSPENDED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+ (?:is|are|remains|remain)(?: still| also| currently)? suspended\\b");

    private static AgreementStatus status(DocumentAnalysis doc, String lower, String before, String after, boolean future,
            boolean linked, EdtfDate signed, EdtfDate inForce) {
        // "all suspended from the African Union, formed the AES under the Liptako-Gourma Charter": a state's status, not the charter's
        // "signed in March 2018 ..., after the United States withdrew from the original Trans-Pacific Partnership": another
        // state leaving another pact is no status of this one
        // (each pattern tried only where the words it needs are written: they ran over the whole text around every instrument)
        String ownBefore = before.contains(" suspended") ? NAMED_SUBJECT_SUSPENDED.matcher(before).replaceAll(" ") : before;
        String ownAfter = after.contains("withdr") || after.contains("pulled out") || after.contains("walked away")
                ? OTHER_WITHDRAWAL_AFTER.matcher(after).replaceAll(" ") : after;
        String around = (ownBefore + " " + ownAfter).toLowerCase().replace("suspended from", " ");
        if (Words.containsAny(around, "terminated", "annulled", "revoked", "expired", "withdrew from", "pulled out of", "scrapped", "abrogated",
                "denounced") || REPLACED_RIGHT_BEFORE.matcher(before).find()) {
            return AgreementStatus.TERMINATED;
        }
        if (Words.containsAny(around, "suspended", "suspends", "suspension of", "in abeyance", "froze ")) {
            return AgreementStatus.SUSPENDED;
        }
        if (inForce != null || IN_FORCE.matcher(around).find() || Words.containsAny(around, "in force", "in effect")) {
            return AgreementStatus.IN_FORCE;
        }
        if (Words.containsAny(around, "draft ")) {
            return AgreementStatus.PROPOSED;
        }
        if (future) {
            // "In April 2025 ... will sign", written after April 2025: it was signed
            if (signed != null && doc.referenceDay() != null && signed.earliest().isBefore(doc.referenceDay())) {
                return AgreementStatus.SIGNED;
            }
            return AgreementStatus.PROPOSED;
        }
        if (linked) {
            return AgreementStatus.SIGNED;
        }
        if (around.contains("negotiat")) {
            return AgreementStatus.NEGOTIATING;
        }
        return AgreementStatus.UNKNOWN;
    }

    private static String occasion(String text) {
        Matcher m = OCCASION.matcher(text);
        return m.find() ? SPACES.matcher(m.group(1)).replaceAll(" ") : null;
    }

    private static String place(SentenceView v, Instrument ins) {
        for (Mention m : v.mentions()) {
            if (m.type() == EntityType.PLACE && m.isLocative()) {
                return v.text().substring(m.start(), m.end());
            }
        }
        return null;
    }

    /** "India and Iran agreed in 2003 to develop the port jointly": an agreement without an instrument's name. */
    private Candidate<Agreement> agreedTo(DocumentAnalysis doc, SentenceView v, List<Clause> clauses) {
        Matcher m = AGREED_TO.matcher(v.text());
        if (!m.find()) {
            return null;
        }
        Clause clause = Clauses.at(clauses, m.start());
        Set<String> parties = new LinkedHashSet<>();
        for (Mention x : clause.mentions(v)) {
            if (x.start() >= m.start()) {
                break;
            }
            if (x.isState() && x.canAct() && !x.isAdjective() && !x.isPossessive() && !x.compound) {
                parties.add(x.code());
            }
        }
        if (parties.size() < 2 || Words.negated(clause.masked(v.lower()))) {
            return null;
        }
        Agreement a = new Agreement();
        a.setTitle("Agreement to " + m.group(1).strip());
        a.setKind(AgreementKind.AGREEMENT);
        a.setStatus(AgreementStatus.UNKNOWN);
        parties.forEach(p -> a.getParties().add(new PartyRef(p, PartyRole.PARTY)));
        List<DateMention> dates = v.dates().stream().filter(d -> clause.contains(d.start(), d.end())).toList();
        a.setSigned(dates.isEmpty() ? null : dates.get(0).date());
        return new Candidate<>(a, v, 0.6, false);
    }
}
