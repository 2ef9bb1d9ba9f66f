package org.pactum.service.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import org.junit.jupiter.api.Test;

/** The editor's operations: 401 without a user, 403 for a user who is not an editor. */
class EditorCheckTest {

    @Test
    void writesWithoutAUserAre401AndForANonEditor403() {
        SecurityContext anonymous = stub(SecurityContext.class, "getUserPrincipal", null);
        NotAuthorizedException none = assertThrows(NotAuthorizedException.class, () -> EditorCheck.require(anonymous));
        assertTrue(none.getChallenges().get(0).toString().startsWith("Basic"));

        Principal reader = () -> "reader";
        SecurityContext notEditor = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> reader;
                    case "isUserInRole" -> false;
                    default -> null;
                });
        assertThrows(ForbiddenException.class, () -> EditorCheck.require(notEditor));
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(EditorCheckTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getName().equals(method) ? answer : null);
    }
}
