package org.pactum.importer.extract;

/**
 * A reference-data entity named in a sentence.
 *
 * @param start offset in the searched text
 * @param end   offset after the name
 * @param type  country, place, organization or corridor
 * @param code  alpha-3 code (a place: the code of its country), organization code, or corridor key
 * @param name  canonical name
 * @param form  how it is written
 */
public record Entity(int start, int end, EntityType type, String code, String name, EntityForm form) {

    public boolean isState() {
        return type == EntityType.COUNTRY;
    }

    public boolean isOrganization() {
        return type == EntityType.ORGANIZATION;
    }
}
