package org.pactum.importer.reference;

/** The kind of a known place. */
public enum PlaceKind {
    CAPITAL,
    CITY,
    PORT,
    BORDER_POINT,
    STATION,
    /** A province, region, exclave or sea; a region across states has no country. */
    REGION
}
