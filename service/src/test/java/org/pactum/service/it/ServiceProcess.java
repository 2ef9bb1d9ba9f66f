package org.pactum.service.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar ({@code java -jar pactum-service.jar}) as a separate process, as an operator runs it. */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Duration startup;

    private ServiceProcess(Process process, URI base, Duration startup) {
        this.process = process;
        this.base = base;
        this.startup = startup;
    }

    /** Starts the jar with these system properties and waits until /health/ready answers 200. */
    static ServiceProcess start(Map<String, String> properties, Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", System.getProperty("pactum.uberJar"), "--port", Integer.toString(port)));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        URI base = URI.create("http://localhost:" + port + "/");
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new ServiceProcess(process, base, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within 180 s; see " + log);
    }

    URI base() {
        return base;
    }

    Duration startup() {
        return startup;
    }

    /** Stops it as an operator would (SIGTERM), so that the database closes cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static Path logFile(String name) {
        return new File(System.getProperty("pactum.it.dataDir")).toPath().getParent().resolve(name + ".log");
    }
}
