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
 * @param capital a place that is its state's capital (it may stand for the state: "talks with Beijing")
 */
public record Entity(int start, int end, EntityType type, String code, String name, EntityForm form, boolean capital) {

    public Entity(int start, int end, EntityType type, String code, String name, EntityForm form) {
        this(start, end, type, code, name, form, false);
    }

    public boolean isState() {
        return type == EntityType.COUNTRY;
    }

    public boolean isOrganization() {
        return type == EntityType.ORGANIZATION;
    }
}
