/**
 * Pactum's domain model: validated records, their XML and JSON mappings, the dataset XSD and streaming
 * readers/writers. Only the API packages are exported; the binding and validation frameworks are given the
 * reflective access they need to the records and to the internal adapters and validators.
 */
module org.pactum.model {
    requires transitive jakarta.validation;
    requires transitive jakarta.json;
    requires transitive jakarta.json.bind;
    requires transitive jakarta.xml.bind;
    requires transitive java.xml;

    exports org.pactum.model;
    exports org.pactum.model.validation;
    exports org.pactum.model.io;

    // JAXB reads and writes private fields and instantiates the XML adapter; Yasson calls the accessors and
    // instantiates the JSON adapters; Hibernate Validator reads private fields and instantiates the constraint
    // validators. (On the class path, as in a WAR, none of this applies: everything is reachable.)
    opens org.pactum.model to jakarta.xml.bind, org.glassfish.jaxb.core, org.glassfish.jaxb.runtime,
            org.eclipse.yasson, org.hibernate.validator;
    opens org.pactum.model.internal.bind to jakarta.xml.bind, org.glassfish.jaxb.core, org.glassfish.jaxb.runtime,
            org.eclipse.yasson;
    opens org.pactum.model.internal.validation to org.hibernate.validator;
}
