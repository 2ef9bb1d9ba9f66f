package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
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
public class PactumApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AgreementsEndpoint.class, CorridorsEndpoint.class, MembershipsEndpoint.class,
                PartiesEndpoint.class, OrganizationsEndpoint.class, DocumentsEndpoint.class,
                ExportEndpoint.class, ArticlesEndpoint.class, PingResource.class,
                PageXmlWriter.class,
                ConstraintViolationMapper.class, WebApplicationExceptionMapper.class,
                ProblemException.Mapper.class, InvalidRecordsMapper.class, UnexpectedErrorMapper.class);
    }
}
