package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.ListLines;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.EdtfDate;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * Documents a visit signed, listed by their subjects instead of their names: "Bangladesh and India today signed ten
 * instruments ... The new MoUs cover maritime cooperation, railway connectivity, cooperation in space, and an MoU between
 * the two staff colleges". One record per subject, between the pair the article is about, dated like the signing.
 */
final class TopicListExtractor {

    /** "The new MoUs cover", "The seven agreements concern": the documents just signed, then what each is about. */
    private static final Pattern TOPIC_LIST = Pattern.compile("^\\W*(?:the|these|those|both|all)\\s+(?:(?:new|other|remaining|signed|\\d{1,2}|two|three"
            + "|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+)*(mous|mo\\.?u\\.?s|memorandums|memoranda|memorandums of understanding"
            + "|agreements|documents|instruments)\\s+(?:signed\\s+)?(?:cover|covered|concern|concerned|relate to|related to|deal with|dealt with"
            + "|focus on|focused on|are on|were on)\\s+");
    /**
     * "The US and Armenia signed three memoranda: on ..., on ... and on ...", "Armenia signed two memoranda with Washington,
     * one on energy security and one on ...": a counted signing, its documents listed by subject in the same sentence.
     */
    private static final Pattern COUNTED_LIST = SearchPatterns.startingWith("sice", "\\b(?:signed|inked|concluded|exchanged)\\s+(?:two|three|four|five|six|seven|eight"
            + "|nine|ten|\\d{1,2})\\s+(?:new\\s+|separate\\s+|bilateral\\s+)?(mous|memorandums|memoranda|agreements|documents|protocols)"
            // ("two memorandums of understanding, one on security and military cooperation and the other on ...")
            + "(?:\\s+of\\s+understanding)?(?:\\s+with\\s+[^,:;]{1,60}?)?(?:\\s+(?:on|in)\\s+(?:\\p{L}+\\.?\\s+)?\\d{1,4}(?:,?\\s+\\d{4})?)?"
            + "\\s*[:,\u2014\u2013]\\s*(?=(?:one\\s+)?on\\s)");
    private static final Pattern ONE_ON = Pattern.compile("^(?:and\\s+)?(?:one\\s+|another\\s+|the other\\s+)?on\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * A line of a list of signed documents that names several by subject: "Memoranda of understanding on competition
     * policy, higher education, railways and civil aviation", "Memoranda in the fields of tourism, culture, ... and energy".
     */
    private static final Pattern PLURAL_ITEM = Pattern.compile("(?:" + ListLines.BULLET.pattern() + ")?\\s*(memoranda|memorandums|mous"
            + "|agreements|protocols)(?: of understanding)?\\s+(?:on\\s+cooperation\\s+in|on|in the fields? of|in the areas? of|in the spheres? of)\\s+"
            + "(?=[^.;:]*(?:,|\\band\\b))", Pattern.CASE_INSENSITIVE);

    /**
     * "agreements in the fields of agriculture, fisheries and tourism were signed", "10 agreements were signed, including on
     * air transport, defence and trade": the documents of a signing named by their fields inside the sentence.
     */
    private static final Pattern FIELDS_IN_SENTENCE = SearchPatterns.startingWith("amdp", "\\b(agreements|memoranda|memorandums|mous|protocols|documents)"
            + "(?: of understanding)?(?: (?:were|have been|had been) signed)?,?\\s+(?:including\\s+(?:on|in)|in the (?:fields?|areas?|spheres?) of"
            + "|on cooperation in)\\s+(?=[^.;:]*,)");
    /** Where such a list ends: its passive verb, a clause of its own. */
    private static final Pattern FIELDS_END = Pattern.compile("\\s+(?:were|was|have been|had been|are to be|will be) signed\\b|\\s*;|,\\s+(?:while|whereas|but|although|though|and the|as well as|according to)\\b");

    static boolean isPluralTopicItem(String line) {
        return PLURAL_ITEM.matcher(line).lookingAt();
    }

    /** The sentence that signed them: within the three sentences before. */
    private static final Pattern SIGNING = Pattern.compile("\\b(?:signed|inked|exchanged|concluded)\\b[^.;]{0,60}\\b(?:instruments|documents|memorand\\w*"
            + "|mous|agreements)\\b");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?");
    /** Where a clause of its own ends the list: ", while the Saudi Fund for Development signed ...". */
    /** ", he said" closing the list: who reported it, no topic. */
    private static final Pattern REPORTED_BY = Pattern.compile("\\s*,\\s*(?:he|she|they|it|the (?:[\\p{L}-]+ ){0,2}(?:minister|ministry|official|officials|spokesman|spokeswoman|statement))"
            + "\\s+(?:said|says|added|noted|told [\\p{L}\\s]{1,30})$");
    private static final Pattern LIST_ENDS = Pattern.compile("\\s*(?:;|,\\s+(?:while|whereas|but|although|though)\\b)");
    private static final Pattern NAMED_ITEM = Pattern.compile("^(?:an?|the)\\s+(?:mou|memorandum|agreement|protocol)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ITEMS = 15;

    List<Candidate<Agreement>> extract(DocumentAnalysis doc) {
        List<Candidate<Agreement>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            countedList(doc, v, out);
            pluralItem(doc, v, out);
            fieldsInSentence(doc, v, out);
            Matcher list = TOPIC_LIST.matcher(v.lower());
            if (!list.lookingAt()) {
                continue;
            }
            SentenceView signing = signingBefore(doc, v.index());
            Set<String> pair = doc.pairAt(v.index());
            if (signing == null || pair.size() != 2) {
                continue;
            }
            // a date the list gives itself wins over the signing sentence's
            EdtfDate date = firstDate(v.dates()) != null ? firstDate(v.dates()) : firstDate(signing.dates());
            String noun = list.group(1).replace(".", "");
            // the instrument words' kinds; "documents" and "instruments" name no kind
            AgreementKind kind = noun.startsWith("document") || noun.startsWith("instrument") ? AgreementKind.OTHER : InstrumentFinder.kindOf(noun);
            String items = REPORTED_BY.matcher(LIST_ENDS.split(v.text().substring(list.end()), 2)[0].replaceFirst("[.;:\\s]+$", "")).replaceFirst("");
            String[] topics = ITEM_SEPARATOR.split(items);
            for (int i = 0; i < topics.length && i < MAX_ITEMS; i++) {
                String topic = topics[i].strip();
                if (topic.length() < 3) {
                    continue;
                }
                out.add(new Candidate<>(signed(title(kind, topic), kind, pair, date), v, 0.6, false));
            }
        }
        return out;
    }

    /** The verbs COUNTED_LIST needs (keep in step with it): most sentences have none, and a look for them is cheap. */
    private static final List<String> COUNTED_LIST_VERBS = List.of("signed", "inked", "concluded", "exchanged");

    private static void countedList(DocumentAnalysis doc, SentenceView v, List<Candidate<Agreement>> out) {
        if (!Words.containsAny(v.lower(), COUNTED_LIST_VERBS)) {
            return;
        }
        Matcher list = COUNTED_LIST.matcher(v.lower());
        if (!list.find()) {
            return;
        }
        // the signers: the states (or capitals standing for them) named before the list, else the pair under discussion
        Set<String> signers = new java.util.LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            boolean capital = m.isCapital();
            if (m.end() <= list.end() && (m.isState() && m.canAct() && !m.isAdjective() || capital)) {
                signers.add(m.code());
            }
        }
        Set<String> parties = signers.size() == 2 ? signers : doc.pairAt(v.index());
        if (parties.size() != 2) {
            return;
        }
        EdtfDate date = firstDate(v.dates());
        for (int i = v.index() - 1; date == null && i >= Math.max(0, v.index() - 2); i--) {
            date = signingDate(doc.sentences().get(i)); // "... bilateral documents signed on August 8."
        }
        AgreementKind kind = list.group(1).startsWith("document") ? AgreementKind.OTHER : InstrumentFinder.kindOf(list.group(1));
        String items = v.text().substring(list.end()).replaceFirst("[.;:\\s]+$", "");
        for (String item : ITEM_SEPARATOR.split(items.replaceAll("\\s+and\\s+(?=(?:one\\s+|another\\s+|the other\\s+)?on\\s)", ", "))) {
            Matcher on = ONE_ON.matcher(item.strip());
            if (!on.lookingAt() || out.size() > MAX_ITEMS) {
                continue;
            }
            String topic = item.strip().substring(on.end()).strip();
            if (topic.length() >= 3) {
                out.add(new Candidate<>(signed(title(kind, topic), kind, parties, date), v, 0.6, false));
            }
        }
    }

    private static void fieldsInSentence(DocumentAnalysis doc, SentenceView v, List<Candidate<Agreement>> out) {
        if (!v.lower().contains("signed") || PLURAL_ITEM.matcher(v.text()).lookingAt()) {
            return;
        }
        Matcher list = FIELDS_IN_SENTENCE.matcher(v.lower());
        if (!list.find()) {
            return;
        }
        Set<String> signers = new java.util.LinkedHashSet<>();
        for (Mention m : v.mentions()) {
            if (m.end() <= list.start() && m.isState() && m.canAct() && !m.isAdjective()) {
                signers.add(m.code());
            }
        }
        Set<String> parties = signers.size() == 2 ? signers : doc.pairAt(v.index());
        if (parties.size() != 2) {
            return;
        }
        String rest = v.text().substring(list.end());
        Matcher end = FIELDS_END.matcher(rest);
        String items = (end.find() ? rest.substring(0, end.start()) : rest).replaceFirst("[.;:\\s]+$", "");
        AgreementKind kind = list.group(1).startsWith("document") ? AgreementKind.OTHER : InstrumentFinder.kindOf(list.group(1));
        EdtfDate date = firstDate(v.dates());
        SentenceView signing = date == null ? signingBefore(doc, v.index()) : null;
        if (signing != null) {
            date = signingDate(signing) != null ? signingDate(signing) : firstDate(signing.dates()); // "Turkey and Angola on Monday signed ..."
        }
        for (String topic : topics(items)) {
            out.add(new Candidate<>(signed(title(kind, topic), kind, parties, date), v, 0.6, false));
        }
    }

    private static void pluralItem(DocumentAnalysis doc, SentenceView v, List<Candidate<Agreement>> out) {
        Matcher item = PLURAL_ITEM.matcher(v.text());
        Set<String> pair = doc.pairAt(v.index());
        SentenceView head = item.lookingAt() && pair.size() == 2 ? AgreementExtractor.listHeadBefore(doc, v.index()) : null;
        if (head == null) {
            return;
        }
        AgreementKind kind = InstrumentFinder.kindOf(item.group(1));
        EdtfDate date = AgreementExtractor.listDate(doc, head);
        for (String topic : topics(v.text().substring(item.end()).replaceFirst("[.;:\\s]+$", ""))) {
            out.add(new Candidate<>(signed(title(kind, topic), kind, pair, date), v, 0.6, false));
        }
    }

    /** "competition policy, higher education, railways and civil aviation": four; "tourism, ..., energy, and environmental protection and urbanisation": the last item keeps its "and". */
    private static List<String> topics(String items) {
        List<String> out = new ArrayList<>();
        String[] parts = items.split("\\s*,\\s*");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            boolean oxford = p.startsWith("and ");
            p = p.replaceFirst("^and\\s+(?:on\\s+)?", "");
            if (i == parts.length - 1 && !oxford && parts.length > 1 && p.contains(" and ")) {
                int and = p.lastIndexOf(" and ");
                out.add(p.substring(0, and).strip());
                p = p.substring(and + 5).strip();
            } else if (parts.length == 1 && p.contains(" and on ")) {
                int and = p.indexOf(" and on ");
                out.add(p.substring(0, and).strip());
                p = p.substring(and + 8).strip();
            }
            if (p.length() >= 3 && out.size() < MAX_ITEMS) {
                out.add(p);
            }
        }
        return out;
    }

    /** The sentence within the four before {@code index} that signed a number of documents. */
    private static SentenceView signingBefore(DocumentAnalysis doc, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 4); i--) {
            SentenceView s = doc.sentences().get(i);
            if (SIGNING.matcher(s.lower()).find()) {
                return s;
            }
        }
        return null;
    }

    private static String title(AgreementKind kind, String topic) {
        if (NAMED_ITEM.matcher(topic).find()) {
            String named = topic.replaceFirst("^(?i)(?:an?|the)\\s+", "");
            return Words.capitalized(named); // "an MoU between the Defence Services ..."
        }
        String noun = switch (kind) {
            case AGREEMENT -> "Agreement";
            case MEMORANDUM -> "Memorandum of understanding";
            default -> "Document";
        };
        return noun + " on " + topic.toLowerCase(Locale.ROOT).charAt(0) + topic.substring(1);
    }

    private static Agreement signed(String title, AgreementKind kind, Set<String> pair, EdtfDate date) {
        Agreement a = new Agreement();
        a.setTitle(title);
        a.setKind(kind);
        a.setStatus(AgreementStatus.SIGNED);
        a.setSigned(date);
        pair.forEach(code -> a.getParties().add(new PartyRef(code, PartyRole.PARTY)));
        return a;
    }

    /** The first date after "signed" in {@code s}, not one of its other dates ("which since 1992 has restricted ..."). */
    private static EdtfDate signingDate(SentenceView s) {
        int signed = s.lower().indexOf("signed");
        if (signed < 0) {
            return null;
        }
        for (DateMention d : s.dates()) {
            if (d.start() > signed && d.start() - signed < 40) {
                return d.date();
            }
        }
        return null;
    }

    private static EdtfDate firstDate(List<DateMention> dates) {
        return dates.isEmpty() ? null : dates.get(0).date();
    }
}
