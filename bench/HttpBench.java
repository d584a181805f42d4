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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loopback HTTP side of the benchmark scripts, run as a single source file ({@code java
 * bench/HttpBench.java ...}); not part of any build. Every request has a timeout and every command a
 * deadline, so a script never hangs.
 *
 * <pre>
 * gen-pdfs DIR N BYTES SEED          N valid one-page PDFs "f00000.pdf" of BYTES bytes: a line of
 *                                    text and a random-pixel image (like a scan)
 * gen-text-pdfs DIR N SEED           N small real PDFs with words (word list of SyntheticCorpus), a unique
 *                                    word each, titles in DIR/titles.tsv, 1,000 queries in DIR/queries.txt
 * upload BASE TOKEN SID DIR P SECS   POST every DIR/*.pdf to /api/v1/students/SID/artifacts with P
 *                                    clients; each must answer 201 (durable before it is sent)
 * latency BASE TOKEN PATH QUERIES [W]  GET BASE+PATH with {q} replaced by each line of QUERIES, W rounds
 *                                    (default 1) to warm up, then one measured; prints p50/p99 (ms).
 *                                    This client is a fresh JVM: in its first rounds its own HTTP
 *                                    client is still being compiled (an empty request's p99 was 12.4-12.6
 *                                    ms after one warm-up round, 8.3-9.3 ms after five, same server).
 * </pre>
 */
public final class HttpBench {
    static final String[] ZH = ("學習 歷程 檔案 課程 成果 多元 表現 志工 服務 競賽 檢定 證照 社團 活動 幹部 經歷 數學 物理 化學 生物 "
            + "歷史 地理 公民 國文 英文 音樂 美術 體育 資訊 科技 報告 專題 實驗 閱讀 心得 演講 比賽 校內 校外 "
            + "學校 老師 同學 圖書館 社區 環境 保護 河川 水質 統計 研究 方法 討論 分析 設計 製作 作品 創意 合作 領導").split(" ");
    static final String[] EN = ("learning portfolio course outcome volunteer service contest certificate club "
            + "activity leader mathematics physics chemistry biology history research method analysis design project "
            + "report reading library community river water quality statistics creative teamwork speech award").split(" ");

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "gen-pdfs" -> genPdfs(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
            case "gen-text-pdfs" -> genTextPdfs(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "upload" -> upload(args[1], args[2], args[3], Path.of(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            case "latency" -> latency(args[1], args[2], args[3], Path.of(args[4]),
                    args.length > 5 ? Integer.parseInt(args[5]) : 1);
            default -> {
                System.err.println("usage: see the Javadoc of bench/HttpBench.java");
                System.exit(2);
            }
        }
    }

    /**
     * N valid one-page PDFs of exactly {@code bytes} bytes: a line of text (a unique word each) and a
     * grey image of random pixels (incompressible, like a scan) that fills the rest; correct xref, so
     * a PDF reader parses them as it would a student's scanned certificate.
     */
    static void genPdfs(Path dir, int n, int bytes, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format("f%05d.pdf", i)), scanPdf(i, bytes, random));
        }
    }

    static byte[] scanPdf(int i, int bytes, Random random) {
        String content = "BT /F1 12 Tf 40 800 Td (scan " + uniqueWord(i) + ") Tj ET\nq 515 0 0 700 40 60 cm /Im1 Do Q";
        String[] head = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(bytes);
        long[] offsets = new long[head.length + 1];
        ascii(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int k = 0; k < head.length; k++) {
            offsets[k] = pdf.size();
            ascii(pdf, (k + 1) + " 0 obj\n" + head[k] + "\nendobj\n");
        }
        // xref and trailer take 6 + 20 * 7 + about 90 bytes; the image gets what is left.
        int width = 512;
        int fixed = pdf.size() + 400;
        int height = Math.max(1, (bytes - fixed) / width);
        offsets[head.length] = pdf.size();
        ascii(pdf, "6 0 obj\n<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + (width * height) + " >>\nstream\n");
        byte[] pixels = new byte[width * height];
        random.nextBytes(pixels);
        pdf.writeBytes(pixels);
        ascii(pdf, "\nendstream\nendobj\n");
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (offsets.length + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            tail.append(String.format("%010d 00000 n \n", o));
        }
        tail.append("trailer\n<< /Size ").append(offsets.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n");
        ascii(pdf, tail.toString());
        // Pad with a comment line so every file has exactly the size asked for.
        int pad = bytes - pdf.size() - "%%EOF\n".length();
        if (pad >= 2) {
            ascii(pdf, "%" + "0".repeat(pad - 2) + "\n");
        }
        ascii(pdf, "%%EOF\n");
        return pdf.toByteArray();
    }

    private static void ascii(java.io.ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static void genTextPdfs(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder titles = new StringBuilder();
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String word = uniqueWord(i);
            unique.add(word);
            StringBuilder text = new StringBuilder(word);
            while (text.length() < 600) {
                text.append(' ').append(EN[random.nextInt(EN.length)]);
            }
            Files.write(dir.resolve(String.format("t%05d.pdf", i)), textPdf(text.toString()));
            titles.append(String.format("t%05d.pdf", i)).append('\t').append(ZH[random.nextInt(ZH.length)])
                    .append(ZH[random.nextInt(ZH.length)]).append("報告 ").append(word).append('\n');
        }
        Files.writeString(dir.resolve("titles.tsv"), titles);
        Random q = new Random(7L);
        StringBuilder queries = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String s = switch (q.nextInt(4)) {
                case 0 -> ZH[q.nextInt(ZH.length)];
                case 1 -> EN[q.nextInt(EN.length)];
                case 2 -> unique.get(q.nextInt(unique.size()));
                default -> ZH[q.nextInt(ZH.length)] + " " + EN[q.nextInt(EN.length)];
            };
            queries.append(s).append('\n');
        }
        Files.writeString(dir.resolve("queries.txt"), queries);
    }

    /** A word no dictionary has, distinct per document: "zq" plus i in base 26 letters. */
    static String uniqueWord(int i) {
        StringBuilder s = new StringBuilder();
        int v = i;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return "zq" + s;
    }

    /** A minimal valid one-page PDF 1.4 showing {@code text} (ASCII) in Helvetica, with a correct xref. */
    static byte[] textPdf(String text) {
        StringBuilder content = new StringBuilder("BT /F1 10 Tf 40 800 Td 12 TL\n");
        StringBuilder line = new StringBuilder();
        for (String word : (text + " ").split(" ")) {
            if (line.length() + word.length() > 90) {
                content.append('(').append(line.toString().strip()).append(") '\n");
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        content.append('(').append(line.toString().strip()).append(") '\n");
        content.append("ET");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static void upload(String base, String token, String sid, Path dir, int clients, int deadlineSeconds)
            throws Exception {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        Path titleFile = dir.resolve("titles.tsv");
        if (Files.exists(titleFile)) {
            for (String line : Files.readAllLines(titleFile)) {
                String[] kv = line.split("\t", 2);
                titles.put(kv[0], kv[1]);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(base + "/api/v1/students/" + sid + "/artifacts");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                int mine = 0;
                for (int i = next.getAndIncrement(); i < files.size() && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                    Path f = files.get(i);
                    String name = f.getFileName().toString();
                    String boundary = "----bench" + i;
                    byte[] body = multipart(boundary, name, Files.readAllBytes(f), titles.getOrDefault(name, name));
                    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println(name + ": HTTP " + r.statusCode() + " " + r.body());
                        }
                    } else {
                        mine++;
                    }
                }
                return mine;
            }));
        }
        int ok = 0;
        for (Future<Integer> f : done) {
            ok += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "uploaded %d of %d files (%d failed) in %.2f s: %.1f files/s%n", ok,
                files.size(), failures.get(), seconds, ok / seconds);
        System.exit(ok == files.size() ? 0 : 1);
    }

    static byte[] multipart(String boundary, String filename, byte[] content, String title) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + title + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(h, h.length + content.length + t.length);
        System.arraycopy(content, 0, body, h.length, content.length);
        System.arraycopy(t, 0, body, h.length + content.length, t.length);
        return body;
    }

    static void latency(String base, String token, String path, Path queryFile, int warmupRounds) throws Exception {
        List<String> queries = Files.readAllLines(queryFile, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long[] nanos = new long[queries.size()];
        for (int round = 0; round <= warmupRounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
                String p = path.replace("{q}", URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8));
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build();
                long t = System.nanoTime();
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - t;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(p + ": HTTP " + r.statusCode() + " "
                            + new String(r.body(), StandardCharsets.UTF_8));
                }
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "p50 %.3f p99 %.3f max %.3f (ms, %d requests)%n",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
