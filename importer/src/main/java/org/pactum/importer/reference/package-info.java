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
 * written, and other names need a capital somewhere ("polish" is not Polish); the longest name wins; long words
 * of names of two words or more may be misspelt; a line spelt its own way is recognized by the known places it
 * joins ("Kars-Öder-Aralık-Dilju railway"); a corridor's name also yields the countries and places inside it.
 *
 * <p>Speed: about 10 million words per second on one core (the seeds and 8 MB of English text, see
 * {@code MentionFinderBenchmark} in the tests); loading takes about 0.1 s of CPU.
 */
package org.pactum.importer.reference;
