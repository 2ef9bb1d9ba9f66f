/**
 * The importer's reference data and the finder of its mentions in text.
 *
 * <p>{@link org.pactum.importer.reference.ReferenceData#load()} reads five tab-separated files kept beside this
 * package ({@code org/pactum/importer/reference/}), one source of truth each, with a header comment explaining
 * their columns: {@code countries.tsv} (the names, short forms, adjectives and former names of every code of
 * {@link org.pactum.model.Countries}), {@code places.tsv} (capitals, cities, ports, border points and regions,
 * with their state), {@code organizations.tsv} (codes, official names, acronyms and aliases),
 * {@code corridors.tsv} (corridors and lines, their aliases, modes, countries and places in route order, and
 * the corridor or initiative they belong to) and {@code instruments.tsv} (treaties and acts known by several
 * names, such as the "907th Amendment").
 *
 * <p>{@link org.pactum.importer.reference.ReferenceData#find(CharSequence)} reports every mention in one pass
 * over the words of a sentence, through a trie of folded word sequences: case, diacritics, hyphens and dashes
 * and possessives are folded; capitalized acronyms of at most six letters ("US", "AU", "GUAM") match only as
 * written; the longest name wins; long words of names of two words or more may be misspelt.
 */
package org.pactum.importer.reference;
