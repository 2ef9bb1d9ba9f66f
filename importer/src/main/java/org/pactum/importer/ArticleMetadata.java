package org.pactum.importer;

import java.time.LocalDate;

/**
 * What the caller knows about an article besides its text.
 *
 * @param published  publication day, or null when unknown (then the article's own date line is used;
 *                   when both exist the article's date line wins and this only supplies a missing year)
 * @param url        where the article came from, or null
 * @param sourceName a name for messages (usually the file name), or null
 */
public record ArticleMetadata(LocalDate published, String url, String sourceName) {

    /** No metadata at all. */
    public static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null);
    }

    public static ArticleMetadata ofSource(String sourceName) {
        return new ArticleMetadata(null, null, sourceName);
    }

    public ArticleMetadata withPublished(LocalDate day) {
        return new ArticleMetadata(day, url, sourceName);
    }

    /** The source name, or a placeholder for messages. */
    public String describe() {
        return sourceName != null ? sourceName : url != null ? url : "<article>";
    }
}
