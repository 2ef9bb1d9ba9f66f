package org.pactum.model;

/** A way goods, people, energy or data travel along a corridor. Serialized by name in JSON and XML. */
public enum CorridorMode {
    RAIL, ROAD, SEA, PIPELINE, POWER, DIGITAL, MULTIMODAL
}
