package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.pactum.service.infrastructure.security.EditorIdentityStore;

/** The editor's operations: 401 without credentials, 403 for a user who is not an editor. */
final class EditorCheck {

    private static final String CHALLENGE = "Basic realm=\"pactum\"";

    private EditorCheck() {
    }

    static void require(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("this operation needs the editor's credentials (HTTP Basic); the "
                    + "server's log says how to configure them", CHALLENGE);
        }
        if (!security.isUserInRole(EditorIdentityStore.EDITOR_ROLE)) {
            throw new ForbiddenException("'" + security.getUserPrincipal().getName() + "' lacks the editor role");
        }
    }
}
