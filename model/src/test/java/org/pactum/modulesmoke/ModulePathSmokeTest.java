package org.pactum.modulesmoke;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@link ModulePathSmoke} in a fresh JVM with the model and all its runtime dependencies on the module path, so
 * that module-info's exports and opens are exercised for real (surefire leaves automatic modules on the class path).
 */
class ModulePathSmokeTest {

    @Test
    void modelWorksOnTheModulePath() throws Exception {
        String runtime = System.getProperty("model.runtime.path");
        String classes = System.getProperty("model.classes");
        assertNotNull(runtime, "model.runtime.path is set by the POM");
        String testClasses = Path.of(ModulePathSmoke.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java,
                "--module-path", classes + File.pathSeparator + runtime,
                "--add-modules", "ALL-MODULE-PATH",
                "-cp", testClasses,
                ModulePathSmoke.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("violations: parties[1].code: 'Azerbaijan' is neither an ISO 3166-1 alpha-3 country code"),
                output);
        assertTrue(output.contains("valid: true"), output);
        assertTrue(output.contains("XML round trip: true"), output);
        assertTrue(output.contains("JSON round trip: true"), output);
        assertTrue(output.contains("JSONL round trip: true"), output);
        assertTrue(output.contains("module: org.pactum.model, Azerbaijan"), output);
    }
}
