package org.pactum.model;

/** Where a corridor stands. Serialized by name in JSON and XML. */
public enum CorridorStatus {
    PLANNED, UNDER_CONSTRUCTION, OPERATIONAL, SUSPENDED, UNKNOWN
}
