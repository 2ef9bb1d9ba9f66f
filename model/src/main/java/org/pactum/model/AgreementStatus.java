package org.pactum.model;

/** Where an agreement stands. Serialized by name in JSON and XML. */
public enum AgreementStatus {
    PROPOSED, NEGOTIATING, SIGNED, IN_FORCE, SUSPENDED, TERMINATED, UNKNOWN
}
