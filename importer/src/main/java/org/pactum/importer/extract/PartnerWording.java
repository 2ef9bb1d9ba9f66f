package org.pactum.importer.extract;

import java.util.Map;

import org.pactum.model.EdtfDate;

/**
 * Organizations whose "partners" are formally dialogue partners, each up to the day the organization renamed the status
 * (the SCO merged observers and dialogue partners into "SCO partner" at its Tianjin summit of 1 September 2025; a
 * "partner" in an article from after that day is a partner).
 */
final class PartnerWording {

    /** Organization code to the first day its "partner" no longer means dialogue partner ("" when it still does). */
    private final Map<String, String> until;

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Refuses a day that is not YYYY-MM-DD: a typo in the table would silently change every status read with it. */
    PartnerWording(Map<String, String> until) {
        until.forEach((org, day) -> {
            if (!day.isEmpty() && !DAY.matcher(day).matches()) {
                throw new IllegalArgumentException("dialogue-partner wording of " + org + ": '" + day + "' is no day (YYYY-MM-DD)");
            }
        });
        this.until = Map.copyOf(until);
    }

    boolean meansDialoguePartner(String organization, EdtfDate published) {
        String last = until.get(organization);
        if (last == null) {
            return false;
        }
        // EDTF text sorts by time at equal precision; a date of the same year without a day counts as before
        return last.isEmpty() || published == null || published.toString().compareTo(last) < 0;
    }
}
