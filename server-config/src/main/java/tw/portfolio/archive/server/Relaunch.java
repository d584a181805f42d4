package tw.portfolio.archive.server;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starting the server in a second JVM with the heap of {@link HeapSetting}: a running JVM cannot
 * change its own {@code -Xmx}, and the start command should not have to carry it. The first JVM
 * waits for the second, passes a stop (SIGTERM, Ctrl-C) on to it and exits with its exit code; the
 * second halts at once if the first one disappears without that (SIGKILL), as one process would.
 */
final class Relaunch {
    /** System property that marks the second JVM. */
    static final String CHILD = "archive.launcher.child";
    private static final long STOP_SECONDS = 120;
    private static final long WATCH_MILLIS = 200;

    private Relaunch() {
    }

    /** The command to run the server with the heap setting, or empty if this JVM should run it itself. */
    static Optional<List<String>> command(HeapSetting heap, String[] args) {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        Path jar = Path.of(System.getProperty("java.class.path", ""));
        if (System.getProperty(CHILD) != null || HeapSetting.fixedBy(jvmOptions) || java.isEmpty()
                || !jar.toString().endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(heap.command(java.get(), jvmOptions, List.of("-D" + CHILD + "=true"),
                jar.toAbsolutePath().toString(), List.of(args)));
    }

    /** Runs the command with this JVM's standard streams; returns its exit code. */
    static int run(List<String> command) throws Exception {
        Process server = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "stop-server"));
        return server.waitFor();
    }

    private static void stop(Process server) {
        if (!server.isAlive()) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the second JVM: halt as soon as the first one is gone. Its exit is seen by this process
     * being handed to another parent, which happens at once; the first one may stay a zombie (and
     * "alive") until whoever started it reaps it.
     */
    static void dieWithParent() {
        if (System.getProperty(CHILD) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread watch = new Thread(() -> {
                while (ProcessHandle.current().parent().map(p -> p.pid() == parent.pid()).orElse(false)) {
                    try {
                        Thread.sleep(WATCH_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Runtime.getRuntime().halt(137);
            }, "die-with-launcher");
            watch.setDaemon(true);
            watch.start();
        });
    }
}
