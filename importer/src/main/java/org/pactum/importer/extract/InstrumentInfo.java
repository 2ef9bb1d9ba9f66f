package org.pactum.importer.extract;

import java.util.List;

import org.pactum.model.AgreementKind;

/** What the reference data knows about a named treaty, act or declaration. */
public record InstrumentInfo(String title, AgreementKind kind, List<String> parties) {

    public InstrumentInfo {
        parties = List.copyOf(parties);
    }
}
