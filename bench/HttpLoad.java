import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent loopback clients for bench/list.sh and bench/load.sh, run as a single source file
 * ({@code java bench/HttpLoad.java ...}); not part of any build. Every request has a timeout and every
 * command a deadline, so a script never hangs. A request counts as an error unless it answers 200 or,
 * for an upload, 201.
 *
 * <pre>
 * kinds BASE TOKEN CLIENTS REQUESTS WARMUP NAME=PATH...
 *     for each NAME=PATH in turn: WARMUP unmeasured requests from one client, then REQUESTS requests
 *     shared by CLIENTS clients; prints "NAME clients C: p50 … p95 … p99 … max … (ms, N requests, E errors)".
 *     In PATH, {rand:N} becomes a random integer in [0, N) per request (a random page, say).
 * mix BASE STUDENT_TOKEN SEARCH_TOKEN SID IDS_FILE PAGES TEMPLATE_PDF SECONDS CLIENTS PID
 *     CLIENTS clients for SECONDS seconds, each request one of: search (SEARCH_TOKEN, a random word),
 *     list (a random page of 20 of SID's files, PAGES pages), download (a random id of IDS_FILE),
 *     upload (as SID: TEMPLATE_PDF with a comment of its own after the end, so every upload is a
 *     different valid PDF) in the ratio 3:3:3:1; per kind p50/p95/p99 and errors;
 *     the resident memory of process PID sampled every second (peak of the samples, last sample).
 * ids BASE TOKEN SID SIZE OUT
 *     writes the ids of all of SID's files (paging the list with SIZE) to OUT, one per line; prints
 *     the total the list reported, the ids written and how many were distinct.
 * </pre>
 */
public final class HttpLoad {
    private static final String[] WORDS = ("學習 歷程 檔案 課程 成果 報告 專題 learning portfolio report project "
            + "research scan statistics river").split(" ");
    private static final Pattern RAND = Pattern.compile("\\{rand:(\\d+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "kinds" -> kinds(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Arrays.asList(args).subList(6, args.length));
            case "mix" -> mix(args[1], args[2], args[3], args[4], Path.of(args[5]), Integer.parseInt(args[6]),
                    Path.of(args[7]), Integer.parseInt(args[8]), Integer.parseInt(args[9]), Long.parseLong(args[10]));
            case "ids" -> ids(args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
            default -> {
                System.err.println("usage: see the Javadoc of bench/HttpLoad.java");
                System.exit(2);
            }
        }
    }

    /** Latencies of one kind of request, in nanoseconds, and its errors. */
    static final class Sample {
        private final long[] nanos;
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();

        Sample(int capacity) {
            nanos = new long[capacity];
        }

        void record(long n, boolean ok) {
            int i = count.getAndIncrement();
            if (i < nanos.length) {
                nanos[i] = n;
            }
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        String summary() {
            int n = Math.min(count.get(), nanos.length);
            if (n == 0) {
                return "no requests";
            }
            long[] s = Arrays.copyOf(nanos, n);
            Arrays.sort(s);
            return String.format(Locale.ROOT, "p50 %.1f p95 %.1f p99 %.1f max %.1f (ms, %d requests, %d errors)",
                    s[n / 2] / 1e6, s[(int) (n * 0.95)] / 1e6, s[(int) (n * 0.99)] / 1e6, s[n - 1] / 1e6, n,
                    errors.get());
        }

        int errors() {
            return errors.get();
        }
    }

    static String expand(String path) {
        Matcher m = RAND.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(ThreadLocalRandom.current().nextInt(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    static boolean get(String url, String token) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 || complain(url, r.statusCode(), r.body());
        } catch (IOException e) {
            return complain(url, -1, e.toString().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final AtomicInteger COMPLAINTS = new AtomicInteger();

    private static boolean complain(String what, int status, byte[] body) {
        if (COMPLAINTS.incrementAndGet() <= 5) {
            String b = new String(body, StandardCharsets.UTF_8);
            System.err.println(what + ": HTTP " + status + " " + b.substring(0, Math.min(300, b.length())));
        }
        return false;
    }

    static void kinds(String base, String token, int clients, int requests, int warmup, List<String> specs)
            throws Exception {
        int failures = 0;
        for (String spec : specs) {
            String name = spec.substring(0, spec.indexOf('='));
            String path = spec.substring(spec.indexOf('=') + 1);
            for (int i = 0; i < warmup; i++) {
                get(base + expand(path), token);
            }
            Sample sample = new Sample(requests);
            AtomicInteger next = new AtomicInteger();
            run(clients, () -> {
                while (next.getAndIncrement() < requests) {
                    long t = System.nanoTime();
                    boolean ok = get(base + expand(path), token);
                    sample.record(System.nanoTime() - t, ok);
                }
            });
            System.out.println(name + " clients " + clients + ": " + sample.summary());
            failures += sample.errors();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs body on n threads at once and waits (at most an hour) for all of them. */
    static void run(int n, Runnable body) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        for (int c = 0; c < n; c++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    body.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        start.countDown();
        if (!done.await(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("clients still running after an hour");
        }
    }

    static void mix(String base, String studentToken, String searchToken, String sid, Path idsFile, int pages,
            Path templatePdf, int seconds, int clients, long pid) throws Exception {
        List<String> ids = Files.readAllLines(idsFile);
        byte[] template = Files.readAllBytes(templatePdf);
        Map<String, Sample> samples = new LinkedHashMap<>();
        for (String k : List.of("search", "list", "download", "upload")) {
            samples.put(k, new Sample(2_000_000));
        }
        AtomicLong peak = new AtomicLong();
        AtomicLong last = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Thread sampler = new Thread(() -> {
            while (System.nanoTime() < end) {
                long rss = residentKb(pid);
                last.set(rss);
                peak.accumulateAndGet(rss, Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AtomicInteger uploads = new AtomicInteger();
        run(clients, () -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            while (System.nanoTime() < end) {
                int pick = r.nextInt(10);
                long t = System.nanoTime();
                if (pick < 3) {
                    String q = URLEncoder.encode(WORDS[r.nextInt(WORDS.length)], StandardCharsets.UTF_8);
                    boolean ok = get(base + "/api/v1/search?size=20&q=" + q, searchToken);
                    samples.get("search").record(System.nanoTime() - t, ok);
                } else if (pick < 6) {
                    boolean ok = get(base + "/api/v1/students/" + sid + "/artifacts?size=20&page=" + r.nextInt(pages),
                            studentToken);
                    samples.get("list").record(System.nanoTime() - t, ok);
                } else if (pick < 9) {
                    boolean ok = get(base + "/api/v1/artifacts/" + ids.get(r.nextInt(ids.size())) + "/content",
                            studentToken);
                    samples.get("download").record(System.nanoTime() - t, ok);
                } else {
                    boolean ok = upload(base, studentToken, sid, template, uploads.incrementAndGet());
                    samples.get("upload").record(System.nanoTime() - t, ok);
                }
            }
        });
        int errors = 0;
        for (Map.Entry<String, Sample> e : samples.entrySet()) {
            System.out.printf(Locale.ROOT, "%-8s %s%n", e.getKey(), e.getValue().summary());
            errors += e.getValue().errors();
        }
        long rss = residentKb(pid);
        System.out.printf(Locale.ROOT, "server VmRSS at the end %d MB, peak of 1 s samples %d MB, VmHWM %d MB%n",
                rss / 1024, Math.max(peak.get(), rss) / 1024, status(pid, "VmHWM") / 1024);
        System.exit(errors == 0 ? 0 : 1);
    }

    static long residentKb(long pid) {
        return status(pid, "VmRSS");
    }

    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static boolean upload(String base, String token, String sid, byte[] template, int n) {
        String boundary = "----load" + n;
        String name = "load-" + ProcessHandle.current().pid() + "-" + n + ".pdf";
        // the template and a comment after its end: a valid PDF with bytes of its own
        byte[] tag = ("\n% load " + ProcessHandle.current().pid() + " " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = Arrays.copyOf(template, template.length + tag.length);
        System.arraycopy(tag, 0, pdf, template.length, tag.length);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + pdf.length + tail.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/students/" + sid + "/artifacts"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 201 || complain("upload " + name, r.statusCode(), r.body());
        } catch (IOException e) {
            return complain("upload " + name, -1, e.toString().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void ids(String base, String token, String sid, int size, Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        long total = -1;
        Pattern id = Pattern.compile("\"id\":\"([^\"]+)\"");
        Pattern tot = Pattern.compile("\"total\":(\\d+)");
        for (int page = 0; total < 0 || (long) page * size < total; page++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/students/" + sid + "/artifacts?size="
                    + size + "&page=" + page)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("page " + page + ": HTTP " + r.statusCode() + " " + r.body());
            }
            Matcher m = id.matcher(r.body());
            while (m.find()) {
                ids.add(m.group(1));
            }
            Matcher t = tot.matcher(r.body());
            if (!t.find()) {
                throw new IllegalStateException("page " + page + " has no total: " + r.body());
            }
            total = Long.parseLong(t.group(1));
        }
        Files.write(out, ids);
        System.out.println("list total " + total + ", ids listed " + ids.size() + ", distinct "
                + ids.stream().distinct().count());
    }
}
