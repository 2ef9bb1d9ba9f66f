package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource of the service lives under {@code /api}. */
@ApplicationPath("/api")
public class PactumApplication extends Application {
}
