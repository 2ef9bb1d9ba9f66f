package org.pactum.model;

/** The standing of a state or organization in an organization. Serialized by name in JSON and XML. */
public enum MembershipStatus {
    MEMBER, FOUNDING_MEMBER, OBSERVER, DIALOGUE_PARTNER, PARTNER, APPLICANT, CANDIDATE, SUSPENDED, FORMER_MEMBER
}
