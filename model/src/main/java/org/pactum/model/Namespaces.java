package org.pactum.model;

/** The XML namespace of Pactum data and where its schema lives in this jar. */
public final class Namespaces {

    /** Namespace of every element; the version changes only with an incompatible change of the data contract. */
    public static final String DATASET = "urn:pactum:dataset:1";

    /** Class-path location of the XSD of {@link #DATASET}. */
    public static final String DATASET_XSD = "org/pactum/model/pactum-dataset-1.xsd";

    private Namespaces() {
    }
}
