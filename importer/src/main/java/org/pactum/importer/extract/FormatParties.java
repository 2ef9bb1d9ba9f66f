package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.model.Agreement;
import org.pactum.model.Countries;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * A dialogue format is no body that signs in its own name: its states sign its documents ("the Xi'an Declaration of the
 * China–Central Asia Summit" is China's and the five Central Asian states'). Formats and their states:
 * {@code format-organizations.txt}.
 */
final class FormatParties {

    private final Map<String, List<String>> statesByFormat;

    FormatParties(Map<String, String> formats) {
        Map<String, List<String>> states = new java.util.HashMap<>();
        formats.forEach((code, list) -> {
            List<String> codes = List.of(list.split("\\|"));
            for (String c : codes) {
                if (!Countries.isAlpha3(c)) {
                    throw new IllegalStateException("format-organizations.txt: not an alpha-3 code for " + code + ": " + c);
                }
            }
            states.put(code, codes);
        });
        this.statesByFormat = Map.copyOf(states);
    }

    /** The agreement with every format among its parties replaced by the format's states. */
    void expand(Agreement a) {
        if (a.getParties().stream().noneMatch(p -> statesByFormat.containsKey(p.getCode()))) {
            return;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (PartyRef p : a.getParties()) {
            codes.addAll(statesByFormat.getOrDefault(p.getCode(), List.of(p.getCode())));
        }
        List<PartyRef> parties = new ArrayList<>();
        codes.forEach(code -> parties.add(new PartyRef(code, PartyRole.PARTY)));
        a.getParties().clear();
        a.getParties().addAll(parties);
    }
}
