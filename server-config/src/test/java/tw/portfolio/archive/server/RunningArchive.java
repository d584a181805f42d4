package tw.portfolio.archive.server;

import java.io.IOException;
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
import java.util.Map;

/**
 * The runnable jar started as a school would start it ({@code java -jar portfolio-archive.jar --port N}),
 * on a data directory of the test's, with the demo school; killed when closed. Its console goes to
 * {@code console.log} in the data directory.
 */
final class RunningArchive implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(600);

    final Process process;
    final int port;
    final Path dataDir;

    private RunningArchive(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the jar named by the {@code archive.test.jar} system property and waits until it answers. */
    static RunningArchive start(Path dataDir, Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("archive.test.jar", "target/portfolio-archive.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the runnable jar " + jar.toAbsolutePath() + " was not built");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Djava.io.tmpdir=" + Files.createDirectories(dataDir.resolve("tmp")),
                "-jar", jar.toAbsolutePath().toString(), "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("console.log").toFile());
        builder.environment().put("ARCHIVE_DATA_DIR", dataDir.toString());
        builder.environment().put("ARCHIVE_DEMO", "true");
        builder.environment().putAll(environment);
        RunningArchive archive = new RunningArchive(builder.start(), port, dataDir);
        archive.awaitReady();
        return archive;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the archive exited with " + process.exitValue()
                        + "; see " + dataDir.resolve("console.log"));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the archive was not ready within " + READY_WITHIN
                + "; see " + dataDir.resolve("console.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
