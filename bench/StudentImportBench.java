import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For bench/student-import.sh, run as a single source file: how long POST /api/v1/students/imports
 * takes for N new students in one Big5 CSV (issue 14: 3,000 in at most 10 s), and how long the same
 * file takes again (it changes nothing). National IDs are random with their check digit, so each
 * run imports new students. Usage: java bench/StudentImportBench.java APP_URL N
 */
public final class StudentImportBench {
    private static final int[] CODES = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27,
        28, 29, 32, 30, 31, 33};
    private static final String SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周";
    private static final String GIVEN = "怡君佳穎雅婷宜庭欣妤詩涵家豪志明俊傑冠宇承恩";

    private StudentImportBench() {
    }

    public static void main(String[] args) throws Exception {
        URI app = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int n = Integer.parseInt(args[1]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String token = login(http, app);
        byte[] csv = csv(n, new Random()).getBytes(Charset.forName("x-windows-950"));
        for (String round : new String[] {"first import", "same file again"}) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.resolve("api/v1/students/imports"))
                    .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d students, %d bytes of Big5, HTTP %d in %.2f s: %s%n", round, n, csv.length,
                    r.statusCode(), seconds, r.body().length() > 200 ? r.body().substring(0, 200) : r.body());
            if (r.statusCode() != 200) {
                System.exit(1);
            }
        }
    }

    private static String login(HttpClient http, URI app) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"registrar1\",\"password\":\"demo-password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static String csv(int n, Random random) {
        StringBuilder sb = new StringBuilder("身分證字號,學號,姓名,出生日期,班級,年級,入學日期\r\n");
        Set<String> ids = new HashSet<>();
        String prefix = Integer.toString(100 + random.nextInt(900));
        for (int i = 0; i < n; i++) {
            String id;
            do {
                id = nationalId(random);
            } while (!ids.add(id));
            int grade = 1 + i % 3;
            int given = 2 * random.nextInt(GIVEN.length() / 2);
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.substring(given, given + 2);
            sb.append(id).append(',').append("B").append(prefix).append(String.format("%05d", i)).append(',')
                    .append(name).append(',').append(96 - grade).append("/0").append(1 + i % 9).append("/1")
                    .append(i % 9).append(',').append(grade).append(String.format("%02d", 1 + i % 20)).append(',')
                    .append(grade).append(',').append(115 - grade).append("/08/01\r\n");
        }
        return sb.toString();
    }

    private static String nationalId(Random r) {
        char letter = (char) ('A' + r.nextInt(26));
        StringBuilder id = new StringBuilder().append(letter).append(1 + r.nextInt(2));
        for (int i = 0; i < 7; i++) {
            id.append(r.nextInt(10));
        }
        int code = CODES[letter - 'A'];
        int sum = code / 10 + (code % 10) * 9;
        for (int i = 0; i < 8; i++) {
            sum += (id.charAt(i + 1) - '0') * (8 - i);
        }
        return id.append((10 - sum % 10) % 10).toString();
    }
}
