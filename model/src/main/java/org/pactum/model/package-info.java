/**
 * Pactum's records (agreements, corridors, memberships and what they cite), their value types,
 * enums and deterministic ids. JAXB maps fields in the namespace {@code urn:pactum:dataset:1};
 * JSON-B maps the same names through the getters.
 */
@XmlSchema(namespace = Namespaces.DATASET, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = Namespaces.DATASET))
@XmlAccessorType(XmlAccessType.FIELD)
package org.pactum.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
