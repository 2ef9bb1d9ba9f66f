package org.pactum.model;

/** The kind of instrument an agreement is, from the name it is known by. Serialized by name in JSON and XML. */
public enum AgreementKind {
    TREATY, AGREEMENT, JOINT_STATEMENT, JOINT_DECLARATION, MEMORANDUM, CHARTER, PROTOCOL, STATUTE, OTHER
}
