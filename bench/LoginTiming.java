import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * For bench/login-timing.sh, run as a single source file: how long POST /api/v1/auth/token takes to
 * refuse (1) a wrong password of an existing account, (2) an unknown username, (3) the right password
 * of a username throttled at this address, interleaved A B C A B C… so drift hits all three alike.
 * Each wrong-password sample uses a fresh username+address pair (source addresses 127.0.1.x), so none
 * of them is throttled. Prints the median and 90th percentile of each kind, the ratio of each to
 * kind 1, and whether every answer had the same status and body.
 * Usage: java bench/LoginTiming.java APP_URL N
 */
public final class LoginTiming {
    private static final String[] ACCOUNTS = {"student1", "student2", "teacher1", "teacher2", "registrar1",
        "academic1", "auditor1", "backup1", "admin1"};

    private LoginTiming() {
    }

    public static void main(String[] args) throws Exception {
        URI app = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int n = Integer.parseInt(args[1]);
        String victim = "backup1";
        for (int i = 0; i < 5; i++) {
            post(app, "127.0.2.1", victim, "wrong-" + i);
        }
        String reference = post(app, "127.0.1.250", "student1", "not-the-password").text;
        long[][] nanos = new long[3][n];
        boolean same = true;
        for (int i = 0; i < n; i++) {
            String address = "127.0.1." + (1 + i / ACCOUNTS.length % 240);
            Answer[] a = {
                post(app, address, ACCOUNTS[i % ACCOUNTS.length], "not-the-password-" + i),
                post(app, "127.0.3." + (1 + i % 240), "nobody-" + UUID.randomUUID().toString().substring(0, 8), "x"),
                post(app, "127.0.2.1", victim, "demo-password")};
            for (int k = 0; k < 3; k++) {
                nanos[k][i] = a[k].nanos;
                same &= a[k].text.equals(reference);
            }
        }
        String[] kinds = {"wrong password", "unknown username", "throttled username+address"};
        double base = median(nanos[0]);
        for (int k = 0; k < 3; k++) {
            System.out.printf(Locale.ROOT, "%-28s n=%d  median %.1f ms  p90 %.1f ms  median/wrong-password %.3f%n",
                    kinds[k], n, median(nanos[k]) / 1e6, pct(nanos[k], 0.9) / 1e6, median(nanos[k]) / base);
        }
        System.out.println("every answer identical to the wrong-password answer (status line and body): " + same);
    }

    private record Answer(long nanos, String text) {
    }

    private static Answer post(URI app, String from, String user, String password) throws IOException {
        byte[] body = ("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST " + app.resolve("api/v1/auth/token").getRawPath() + " HTTP/1.0\r\nHost: 127.0.0.1:"
                + app.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", app.getPort()), 10_000);
            s.setSoTimeout(60_000);
            long t0 = System.nanoTime();
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long t = System.nanoTime() - t0;
            String status = raw.substring(0, raw.indexOf("\r\n"));
            return new Answer(t, status + "\n" + raw.substring(raw.indexOf("\r\n\r\n") + 4));
        }
    }

    private static double median(long[] v) {
        return pct(v, 0.5);
    }

    private static double pct(long[] v, double p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
    }
}
