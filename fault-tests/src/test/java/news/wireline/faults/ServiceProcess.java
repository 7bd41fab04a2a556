package news.wireline.faults;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import news.wireline.local.FreePorts;

/**
 * One service as its own JVM, as it runs in production, so a crash is a real SIGKILL of a real
 * process: no shutdown hook, no graceful close of producers or consumers. Ports stay the same
 * across restarts; output goes to a file per start under {@code target/service-logs}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path LOGS = Path.of("target", "service-logs");
    /** Children still running when this JVM exits (a test timed out, surefire gave up) are killed with it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-services"));
    }

    private final String name;
    private final String mainClass;
    private final Map<String, Object> properties;
    private final int port = FreePorts.next();
    private final int managementPort = FreePorts.next();
    private Process process;
    private int starts;

    ServiceProcess(String name, String mainClass, Map<String, Object> properties) {
        this.name = name;
        this.mainClass = mainClass;
        this.properties = Map.copyOf(properties);
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Actuator lives on its own port, set here, so this holds whether or not the service's yml moves it. */
    String readinessUrl() {
        return "http://127.0.0.1:" + managementPort + "/actuator/health/readiness";
    }

    ServiceProcess start() {
        List<String> command = new ArrayList<>(
                List.of(javaExecutable(), "-Xmx768m", "-XX:+UseSerialGC", "-cp", testClasspath(), mainClass));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        command.add("--spring.main.banner-mode=off");
        command.add("--logging.structured.format.console=");
        try {
            Files.createDirectories(LOGS);
            File log = LOGS.resolve(name + "-" + (++starts) + ".log").toFile();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            RUNNING.add(process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        return this;
    }

    /** SIGKILL on Linux: the JVM gets no chance to flush, commit or leave its group. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (process != null) {
            RUNNING.remove(process);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        awaitReadiness(true, timeout);
    }

    /** Waits until readiness answers {@code UP} (200) when {@code ready}, or anything else when not. */
    void awaitReadiness(boolean ready, Duration timeout) {
        await(name + " readiness to become " + (ready ? "UP" : "DOWN"))
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + LOGS);
                    }
                    return isReady() == ready;
                });
    }

    boolean isReady() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(readinessUrl()))
                    .timeout(Duration.ofSeconds(20))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire names the real classpath here even when the JVM itself was started from a manifest jar. */
    private static String testClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (!classpath.contains("ingest-service")) {
            throw new IllegalStateException("the test classpath does not name the services: " + classpath);
        }
        return classpath;
    }
}
