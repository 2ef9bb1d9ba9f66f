package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.DateMention;
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
    /** The sentence that signed them: within the three sentences before. */
    private static final Pattern SIGNING = Pattern.compile("\\b(?:signed|inked|exchanged|concluded)\\b[^.;]{0,60}\\b(?:instruments|documents|memorand\\w*"
            + "|mous|agreements)\\b");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?");
    private static final Pattern NAMED_ITEM = Pattern.compile("^(?:an?|the)\\s+(?:mou|memorandum|agreement|protocol)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ITEMS = 15;

    List<Candidate<Agreement>> extract(DocumentAnalysis doc) {
        List<Candidate<Agreement>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
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
            String items = v.text().substring(list.end()).replaceFirst("[.;:\\s]+$", "");
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

    /** The sentence within the three before {@code index} that signed a number of documents. */
    private static SentenceView signingBefore(DocumentAnalysis doc, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
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
            return Character.toUpperCase(named.charAt(0)) + named.substring(1); // "an MoU between the Defence Services ..."
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

    private static EdtfDate firstDate(List<DateMention> dates) {
        return dates.isEmpty() ? null : dates.get(0).date();
    }
}
