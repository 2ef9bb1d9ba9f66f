package org.pactum.service.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic authentication against {@link EditorIdentityStore}. Reads need no credentials; the editor's
 * operations check the role themselves and answer 401 without it.
 */
@BasicAuthenticationMechanismDefinition(realmName = "pactum")
@DeclareRoles(EditorIdentityStore.EDITOR_ROLE)
@ApplicationScoped
public class BasicAuthentication {
}
