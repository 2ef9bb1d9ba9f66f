package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.pactum.service.interfaces.rest.problem.ConstraintViolationMapper;
import org.pactum.service.interfaces.rest.problem.InvalidRecordsMapper;
import org.pactum.service.interfaces.rest.problem.ProblemException;
import org.pactum.service.interfaces.rest.problem.UnexpectedErrorMapper;
import org.pactum.service.interfaces.rest.problem.WebApplicationExceptionMapper;

/**
 * Every REST resource of the service lives under {@code /api}. The classes are listed, not scanned: scanning
 * would also pick up the resource interfaces of the api jar, which cannot be instantiated.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Pactum", version = "1",
                description = "Structured, validated, citable records of agreements, corridors and memberships "
                        + "taken from news articles. Reads are open; importing articles and removing documents need "
                        + "the editor role (HTTP Basic). Lists are paged (limit, offset) with a total and Link "
                        + "headers; reads carry ETags; errors are RFC 9457 problem details."),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "basic",
                type = SecuritySchemeType.HTTP, scheme = "basic")))
public class PactumApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AgreementsEndpoint.class, CorridorsEndpoint.class, MembershipsEndpoint.class,
                PartiesEndpoint.class, OrganizationsEndpoint.class, DocumentsEndpoint.class,
                ExportEndpoint.class, ArticlesEndpoint.class, PingResource.class,
                AnswerCacheFilter.class, PageXmlWriter.class, StringParamConverter.class,
                ConstraintViolationMapper.class, WebApplicationExceptionMapper.class,
                ProblemException.Mapper.class, InvalidRecordsMapper.class, UnexpectedErrorMapper.class);
    }
}
