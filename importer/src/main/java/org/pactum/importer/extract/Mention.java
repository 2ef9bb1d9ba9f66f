package org.pactum.importer.extract;

/**
 * An entity in one sentence together with what its surroundings say about its role. Offsets are
 * relative to the sentence text.
 */
public final class Mention {

    private final Entity entity;
    boolean locative;
    /** Named in a route ("through A, B and C"), with the states listed after the first. */
    boolean route;
    /** Subject of a time clause ("after Russia launched ..."). */
    boolean temporal;
    boolean possessive;
    String possessed = "";
    boolean compound;
    boolean slip;
    /** The state a slip stands for, when not the article's focus. */
    String readAs;
    boolean institutional;
    boolean eventContext;
    boolean listedWithStates;
    /** "in the presence of US President ...", "witnessed by ...": present, not a party. */
    boolean witness;
    /** "Lukashenko noted that the Union ...": a leader who reports what others did, not a party to it. */
    boolean reporting;
    /** "the 80th anniversary of the United Nations": what is celebrated, not an actor. */
    boolean commemorated;
    /** "Saudi developer ACWA Power": a company of that nationality, not the state. */
    boolean commercial;
    /** "the German state of Saarland", "the Djibouti-headquartered bloc": a part of the state or a seat in it, not the state. */
    boolean territorial;
    /** "EU accession law", "CSTO freeze": the organization qualifies a noun, it does not act. */
    boolean attributive;
    /** "UN bodies", "UN agencies": a qualifier of other bodies or people, not the organization meant. */
    boolean qualifier;
    /** "within the framework of Uzbekistan's accession to the WTO": the setting of an instrument, not its party. */
    boolean framed;
    /** "all suspended from the African Union", "formed the Alliance of Sahel States": a body a status or a founding is about. */
    boolean statusObject;
    /** "the long-awaited agreement with the European Union": a counterpart named after "with", not what the text is about. */
    boolean counterpart;

    Mention(Entity entity) {
        this.entity = entity;
    }

    public Entity entity() {
        return entity;
    }

    public int start() {
        return entity.start();
    }

    public int end() {
        return entity.end();
    }

    public String code() {
        return entity.code();
    }

    public EntityType type() {
        return entity.type();
    }

    public boolean isState() {
        return entity.type() == EntityType.COUNTRY;
    }

    /** A capital, which may stand for its state ("Santiago had already signed ..."). */
    public boolean isCapital() {
        return entity.type() == EntityType.PLACE && entity.capital();
    }

    public boolean isOrganization() {
        return entity.type() == EntityType.ORGANIZATION;
    }

    /** A state named by who acts for it ("Pezeshkian", "Gazprom"): an actor, never a member or a place on a route. */
    public boolean isStateActor() {
        return entity.form() == EntityForm.STATE_ACTOR;
    }

    public boolean isAdjective() {
        return entity.form() == EntityForm.ADJECTIVE;
    }

    /** "in Samarkand, Uzbekistan", "across Mongolia": where something happens, not who acts. */
    public boolean isLocative() {
        return locative;
    }

    public boolean isPossessive() {
        return possessive;
    }

    /** The word after "X's", lower case ("accession", "president"). */
    public String possessed() {
        return possessed;
    }

    /** Written inside an "X-Y relations" compound the article evidently got wrong. */
    public boolean isSlip() {
        return slip;
    }

    /** Part of an institution's name ("Central Bank of Paraguay"). */
    public boolean isInstitutional() {
        return institutional;
    }

    /** An organization named as the setting of an event ("the SCO summit"), not as an actor. */
    public boolean isEventContext() {
        return eventContext;
    }

    /** Organizations in the reference data that are programmes, not bodies with members (programme-organizations.txt). */
    private static final java.util.Set<String> PROGRAMMES = ResourceTables.codes("programme-organizations.txt");

    /**
     * An initiative or partnership programme ("Belt and Road Initiative", "Eastern Partnership"): no legal person, no
     * members (the Three Seas Initiative, an initiative by name, has members).
     */
    public boolean isProgramme() {
        return isOrganization() && PROGRAMMES.contains(entity.code());
    }

    /** Could name an acting state or organization (a party, a member). */
    public boolean canAct() {
        return (isState() || isOrganization() && !isProgramme()) && !locative && !slip && !institutional && !commemorated && !commercial && !territorial;
    }

    @Override
    public String toString() {
        return entity.code() + "@" + entity.start();
    }
}
