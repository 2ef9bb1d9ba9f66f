package org.pactum.importer;

/**
 * A record the importer extracted but did not output because it failed validation.
 *
 * @param recordKind "agreement", "corridor" or "membership"
 * @param rule       the violated constraint (property path and constraint name)
 * @param message    the validator's message
 * @param article    the document id (and source name when known)
 * @param sentence   the sentence the record came from
 */
public record RecordRejection(String recordKind, String rule, String message, String article, String sentence) {

    @Override
    public String toString() {
        return recordKind + " rejected by " + rule + " (" + message + ") in " + article + ": \"" + sentence + "\"";
    }
}
