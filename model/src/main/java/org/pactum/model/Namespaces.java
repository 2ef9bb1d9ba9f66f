package org.pactum.model;

import java.net.URL;

/** The XML namespace of Pactum data and where its schema lives in this jar. */
public final class Namespaces {

    /** Namespace of every element; the version changes only with an incompatible change of the data contract. */
    public static final String DATASET = "urn:pactum:dataset:1";

    /** Class-path location of the XSD of {@link #DATASET}. */
    public static final String DATASET_XSD = "org/pactum/model/pactum-dataset-1.xsd";

    /** The XSD of {@link #DATASET} inside this jar (also for other modules, which cannot read this package). */
    public static URL datasetSchema() {
        URL xsd = Namespaces.class.getResource("pactum-dataset-1.xsd");
        if (xsd == null) {
            throw new IllegalStateException("Missing " + DATASET_XSD + " in the model jar");
        }
        return xsd;
    }

    private Namespaces() {
    }
}
