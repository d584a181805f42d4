package tw.portfolio.archive.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The arguments of {@code verify store} in their plain form, {@code verify store DIR [--threads N]
 * [--mbps X]}, read without picocli. Starting picocli costs a short-lived verifier about as much as
 * hashing a hundred megabytes (annotation proxies, reflection, converters for types it never sees),
 * so the plain form skips it; anything else (help, an unknown or repeated option, a value that does
 * not parse or is out of range) is left to picocli, which then answers exactly as it always has.
 */
record StoreArguments(Path dir, Integer threads, Double megabytesPerSecond) {
    /** The arguments when they are the plain form of {@code verify store}, else {@code null}. */
    static StoreArguments parsePlain(String[] args) {
        if (args.length < 3 || !"verify".equals(args[0]) || !"store".equals(args[1])) {
            return null;
        }
        Path dir = null;
        Integer threads = null;
        Double mbps = null;
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                value = args[i + 1];
            }
            if ("--threads".equals(option) && threads == null && value != null) {
                threads = positiveInt(value);
                if (threads == null) {
                    return null;
                }
                i += eq > 0 ? 0 : 1;
            } else if ("--mbps".equals(option) && mbps == null && value != null) {
                mbps = positiveDouble(value);
                if (mbps == null) {
                    return null;
                }
                i += eq > 0 ? 0 : 1;
            } else if (!arg.startsWith("-") && !arg.isEmpty() && dir == null) {
                dir = path(arg);
                if (dir == null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return dir == null ? null : new StoreArguments(dir, threads, mbps);
    }

    private static Integer positiveInt(String text) {
        try {
            int n = Integer.parseInt(text);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double positiveDouble(String text) {
        try {
            double d = Double.parseDouble(text);
            return d > 0 && Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
