package org.pactum.service.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.pactum.service.infrastructure.config.ServiceSettings;

/**
 * The one editor, whose user name and password come from configuration ({@code pactum.editor.user},
 * {@code pactum.editor.password}). Without both, nobody can write: there is no default that works on every
 * install.
 */
@ApplicationScoped
public class EditorIdentityStore implements IdentityStore {

    public static final String EDITOR_ROLE = "editor";
    private static final Logger LOG = Logger.getLogger(EditorIdentityStore.class.getName());

    @Inject
    ServiceSettings settings;

    /** Logs, at start, how to enable writes when no editor is configured. */
    public void announce() {
        if (settings.editorUser().isEmpty()) {
            LOG.warning("no editor configured: POST /api/articles and DELETE /api/documents answer 401. Set "
                    + "pactum.editor.user and pactum.editor.password (system properties, or the environment "
                    + "variables PACTUM_EDITOR_USER and PACTUM_EDITOR_PASSWORD).");
        }
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<String> user = settings.editorUser();
        Optional<String> password = settings.editorPassword();
        if (user.isEmpty() || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean userMatches = constantTimeEquals(user.get(), credential.getCaller());
        boolean passwordMatches = constantTimeEquals(password.get(), credential.getPasswordAsString());
        return userMatches && passwordMatches
                ? new CredentialValidationResult(credential.getCaller(), Set.of(EDITOR_ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
