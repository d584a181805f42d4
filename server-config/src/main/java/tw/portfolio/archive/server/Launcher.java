package tw.portfolio.archive.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Main class of {@code portfolio-archive.jar}: turns the archive's settings into the system
 * properties and Payara Micro options the server needs, then starts Payara Micro (whose classes
 * and the archive's war are in the same jar). It makes sure that nothing phones home, that the
 * HTTP listener binds to loopback unless told otherwise, and that everything the server writes
 * (Derby's log, PDFBox's font cache) lands in the data directory. Unless {@code java} was given a
 * heap option, it first starts the server in a JVM of its own with the heap of {@link HeapSetting}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        HeapSetting heap;
        try {
            heap = HeapSetting.resolve(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("Portfolio archive: " + e.getMessage());
            System.exit(2);
            return;
        }
        Optional<List<String>> relaunch = Relaunch.command(heap, args);
        if (relaunch.isPresent()) {
            System.out.println("Portfolio archive: starting the server JVM with -Xmx" + heap.maxHeap() + " ("
                    + HeapSetting.MAX_HEAP + ")");
            System.exit(Relaunch.run(relaunch.get()));
        }
        Relaunch.dieWithParent();
        LaunchSettings settings = LaunchSettings.resolve(System.getenv(), System.getProperties());
        for (Map.Entry<String, String> e : settings.systemProperties().entrySet()) {
            System.setProperty(e.getKey(), e.getValue());
        }
        Path preboot = writePrebootCommands(settings);
        List<String> payaraArgs = new ArrayList<>(Arrays.asList(args));
        payaraArgs.addAll(List.of("--nocluster", "--nohazelcast", "--disablephonehome"));
        payaraArgs.add("--prebootcommandfile");
        payaraArgs.add(preboot.toString());
        System.out.println("Portfolio archive: data directory " + settings.dataDir() + ", listening on "
                + settings.httpAddress() + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, process "
                + ProcessHandle.current().pid());
        Class<?> payara = Class.forName("fish.payara.micro.PayaraMicro");
        Method main = payara.getMethod("main", String[].class);
        main.invoke(null, (Object) payaraArgs.toArray(new String[0]));
    }

    private static Path writePrebootCommands(LaunchSettings settings) {
        try {
            Files.createDirectories(settings.dataDir().resolve("logs"));
            Files.createDirectories(settings.dataDir().resolve("cache"));
            Path dir = Files.createDirectories(settings.dataDir().resolve("config"));
            Path file = dir.resolve("preboot-commands.txt");
            Files.writeString(file, String.join("\n", settings.prebootCommands()) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the data directory " + settings.dataDir(), e);
        }
    }
}
