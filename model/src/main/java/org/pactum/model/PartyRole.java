package org.pactum.model;

/** The part a state or organization plays in an agreement. Serialized by name in JSON and XML. */
public enum PartyRole {
    PARTY, SIGNATORY, ISSUER, SUBJECT, GUARANTOR, MEDIATOR, OBSERVER
}
