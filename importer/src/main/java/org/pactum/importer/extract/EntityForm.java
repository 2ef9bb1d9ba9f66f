package org.pactum.importer.extract;

/** How the entity is written: its name ("Azerbaijan"), an adjective ("Azerbaijani"), an acronym ("SCO"). */
public enum EntityForm { NAME, ADJECTIVE, ACRONYM, LEADER }
