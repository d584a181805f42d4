package tw.portfolio.archive.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The server JVM's largest heap, {@code archive.jvm.maxHeap} ({@code ARCHIVE_JVM_MAXHEAP}), as a
 * {@code -Xmx} value. Without it the JVM takes a quarter of the machine's memory (5.2 GB resident was
 * seen on a 23 GB machine after a load) although the archive's live heap stays far smaller; the
 * default bounds it for a school server that runs other things too. A heap option given to
 * {@code java} itself ({@code -Xmx}, {@code -XX:MaxHeapSize}, {@code -XX:MaxRAM…}) wins: then this
 * setting is not used.
 *
 * @param maxHeap the {@code -Xmx} value, e.g. {@code 1g}
 */
public record HeapSetting(String maxHeap) {
    static final String MAX_HEAP = "archive.jvm.maxHeap";
    static final String DEFAULT = "1g";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=",
            "-XX:MaxRAMPercentage=", "-XX:MaxRAMFraction=");

    /** Checks the value: a whole number of bytes with an optional k, m or g, at least 256m. */
    public HeapSetting {
        if (maxHeap == null || !maxHeap.matches("[0-9]{1,12}[kKmMgG]?") || bytes(maxHeap) < 256L << 20) {
            throw new IllegalArgumentException(MAX_HEAP + " must be a heap size such as 1g or 768m, at least 256m;"
                    + " was " + maxHeap);
        }
    }

    /** The setting from the system properties, else the environment, else {@value #DEFAULT}. */
    public static HeapSetting resolve(Map<String, String> env, Properties props) {
        return new HeapSetting(LaunchSettings.read(MAX_HEAP, DEFAULT, env, props));
    }

    /** Whether these JVM options already fix the heap (then this setting is not used). */
    public static boolean fixedBy(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> HEAP_OPTIONS.stream().anyMatch(o::startsWith));
    }

    /**
     * The command that starts the same program again in a JVM with this heap: the same java, the same
     * JVM options plus {@code -Xmx} and {@code extra}, then {@code -jar jar} and the program's arguments.
     */
    public List<String> command(String java, List<String> jvmOptions, List<String> extra, String jar,
            List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.add("-Xmx" + maxHeap);
        cmd.addAll(extra);
        cmd.add("-jar");
        cmd.add(jar);
        cmd.addAll(args);
        return List.copyOf(cmd);
    }

    static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) << shift;
    }
}
