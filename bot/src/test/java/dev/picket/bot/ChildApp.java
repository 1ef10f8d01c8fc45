package dev.picket.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * picket in a JVM of its own, started from the test class path on a free loopback port, so a test can send it
 * signals and start it again on the same folders. Its output goes to a file the test reads.
 */
public final class ChildApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;

    private ChildApp(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts picket with these JVM options and {@code --key=value} arguments, in the working directory of the
     * tests (bot/), reading the defaults in the jar and any {@code ../config/application.yml} override.
     */
    public static ChildApp start(List<String> jvmOptions, List<String> appArguments) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("picket-child", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PicketApplication.class.getName(),
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    "--spring.config.additional-location=optional:file:../config/",
                    // Load and shutdown tests and the benchmarks are one client on loopback; they may override it.
                    "--picket.api.requests-per-minute=1000000"));
            command.addAll(appArguments);
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // The child reads the environment too: no exported token or PICKET_* setting may reach it.
            builder.environment().keySet().removeIf(IsolatedEnvironment::picketReads);
            Process process = builder.start();
            return new ChildApp(process, started, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code /actuator/health} answers 200 (the index is open and holds passages).
     *
     * @return the time from starting the process to that answer
     */
    public Duration awaitHealthy(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("picket exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("picket was not healthy within " + atMost + ":\n" + log());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as a service manager or container runtime stops picket. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("picket did not exit within " + atMost + ":\n" + log());
        }
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
