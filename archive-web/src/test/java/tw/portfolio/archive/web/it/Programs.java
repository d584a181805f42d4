package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program an outside party would run on what the archive handed out: stock tools and the offline verifier. */
final class Programs {
    private Programs() {
    }

    /** Exit code and the merged standard output and error. */
    record Result(int exit, String output) {
    }

    /** Runs {@code archive-cli.jar} (built by the archive-cli module) with {@code args}. */
    static Result cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-jar",
                System.getProperty("archive.test.cli")));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    static Result run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running after 120 s: " + String.join(" ", cmd));
        return new Result(p.exitValue(), out);
    }
}
