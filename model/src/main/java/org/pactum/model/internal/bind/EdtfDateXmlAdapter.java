package org.pactum.model.internal.bind;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import org.pactum.model.EdtfDate;

/** JAXB carries an {@link EdtfDate} as its EDTF text. */
public class EdtfDateXmlAdapter extends XmlAdapter<String, EdtfDate> {

    @Override
    public EdtfDate unmarshal(String text) {
        return text == null ? null : EdtfDate.parse(text.strip());
    }

    @Override
    public String marshal(EdtfDate date) {
        return date == null ? null : date.toString();
    }
}
