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
 * @param actor who a place can stand for: a capital its state ("talks with Beijing"), a seat its organization
 *              ("talks with Brussels"); null for the other places and entities
 */
public record Entity(int start, int end, EntityType type, String code, String name, EntityForm form, String actor) {

    public Entity(int start, int end, EntityType type, String code, String name, EntityForm form) {
        this(start, end, type, code, name, form, null);
    }

    /** A place that is its state's capital (it may stand for the state). */
    public boolean capital() {
        return actor != null && actor.equals(code);
    }

    /** The entity a place stands for as an actor: its state for a capital, its organization for a seat. */
    public Entity asActor() {
        EntityType actorType = org.pactum.model.Countries.isAlpha3(actor) ? EntityType.COUNTRY : EntityType.ORGANIZATION;
        return new Entity(start, end, actorType, actor, name, EntityForm.NAME);
    }

    public boolean isState() {
        return type == EntityType.COUNTRY;
    }

    public boolean isOrganization() {
        return type == EntityType.ORGANIZATION;
    }
}
