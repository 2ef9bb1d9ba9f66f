package org.pactum.model.internal.validation;

import java.util.regex.Pattern;

/** The format of organization codes, shared by the code constraints. */
final class Codes {

    private static final Pattern ORGANIZATION = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    private Codes() {
    }

    static boolean isOrganizationCode(String value) {
        return value.length() >= 2 && value.length() <= 12 && ORGANIZATION.matcher(value).matches();
    }
}
