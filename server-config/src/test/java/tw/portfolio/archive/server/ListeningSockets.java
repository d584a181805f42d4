package tw.portfolio.archive.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets a process listens on (TCP in state LISTEN, UDP bound to a port), read from Linux's
 * {@code /proc}: the process's descriptors name socket inodes, {@code /proc/net/tcp*} and
 * {@code /proc/net/udp*} map inodes to local addresses.
 */
final class ListeningSockets {
    private static final String TCP_LISTEN = "0A";
    private static final String UDP_UNCONNECTED = "07";

    private ListeningSockets() {
    }

    /** A socket as {@code tcp 127.0.0.1:8080}. */
    record Socket(String protocol, InetAddress address, int port) {
        @Override
        public String toString() {
            return protocol + " " + address.getHostAddress() + ":" + port;
        }
    }

    /** Every listening TCP socket and bound, unconnected UDP socket of process {@code pid}. */
    static List<Socket> of(long pid) throws IOException {
        Set<String> inodes = socketInodes(pid);
        List<Socket> out = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            String wanted = table.startsWith("tcp") ? TCP_LISTEN : UDP_UNCONNECTED;
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals(wanted) && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    out.add(new Socket(table.substring(0, 3), address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return out;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while we listed them
                }
            }
        }
        return inodes;
    }

    /** /proc's hex address: 32-bit words in host (little-endian) order. */
    static InetAddress address(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
