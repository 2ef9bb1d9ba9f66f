package org.pactum.importer.extract;

/** What a name found in a sentence refers to. */
public enum EntityType { COUNTRY, PLACE, ORGANIZATION, CORRIDOR, INSTRUMENT }
