package org.pactum.importer.reference;

/**
 * One way of naming one referent, as stored at the end of its word sequence in the trie.
 *
 * @param surface   the alias's words as written, compared exactly when {@code exactCase}
 * @param exactCase matched only in the written case (acronyms that are also words: "US", "AU", "GUAM")
 * @param capital   a name matched only when one of its words is written with a capital: news capitalizes
 *                  names, and "polish", "island", "development road" in lower case are ordinary words
 * @param shared    marked as knowingly shared with other referents ("Congo")
 * @param rank      order of preference among entries for the same words (lower first)
 */
record AliasEntry(MentionType type, String code, String name, String country, MentionForm form,
                  String[] surface, boolean exactCase, boolean capital, boolean shared, int rank) {
}
