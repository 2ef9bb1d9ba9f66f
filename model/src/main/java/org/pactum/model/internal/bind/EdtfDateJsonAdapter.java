package org.pactum.model.internal.bind;

import jakarta.json.bind.adapter.JsonbAdapter;
import org.pactum.model.EdtfDate;

/** JSON-B carries an {@link EdtfDate} as its EDTF text. */
public class EdtfDateJsonAdapter implements JsonbAdapter<EdtfDate, String> {

    @Override
    public String adaptToJson(EdtfDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public EdtfDate adaptFromJson(String text) {
        return text == null ? null : EdtfDate.parse(text);
    }
}
