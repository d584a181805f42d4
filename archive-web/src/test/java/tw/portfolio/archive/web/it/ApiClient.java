package tw.portfolio.archive.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A small HTTP client for the integration tests: JSON, multipart, tokens. Loopback only. */
public final class ApiClient {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(URL base) {
        this.base = loopback(base);
        awaitReady();
    }

    /**
     * Waits until {@code /health/ready} says UP: Arquillian returns when the war is deployed, but the
     * archive's start-up (migrations, keys, index) may still be finishing.
     */
    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri("health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the archive did not become ready within 180 s");
    }

    /**
     * The deployment's base URL on 127.0.0.1: Arquillian reports the machine's own address, but the
     * server listens on loopback only, and tests talk to loopback only.
     */
    public static URI loopback(URL url) {
        String path = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
        return URI.create("http://127.0.0.1:" + url.getPort() + path);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder b) {
        HttpRequest request = b.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closedWhileIdle) {
                // The JDK client may reuse a pooled connection the server has just closed ("EOF reached
                // while reading"); a GET is safe to send once more on a new connection.
                if (!request.method().equals("GET")) {
                    throw closedWhileIdle;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> get(String path, String token) {
        return send(auth(HttpRequest.newBuilder(uri(path)).GET(), token));
    }

    public HttpResponse<byte[]> delete(String path, String token) {
        return send(auth(HttpRequest.newBuilder(uri(path)).DELETE(), token));
    }

    public HttpResponse<byte[]> postJson(String path, String token, String json) {
        return send(auth(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    public HttpResponse<byte[]> putJson(String path, String token, String json) {
        return send(auth(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    /** A POST of {@code body} exactly as given, for bodies no well-behaved client would send. */
    public HttpResponse<byte[]> postRaw(String path, String token, String contentType, byte[] body) {
        return send(auth(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token));
    }

    /** A multipart/form-data POST; values are byte[] (a file part, named by fileName) or String. */
    public HttpResponse<byte[]> postMultipart(String path, String token, Map<String, Object> parts, String fileName,
            String fileContentType) {
        String boundary = "----it" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> p : parts.entrySet()) {
            write(body, "--" + boundary + "\r\n");
            if (p.getValue() instanceof byte[] bytes) {
                write(body, "Content-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + fileContentType + "\r\n\r\n");
                body.writeBytes(bytes);
            } else {
                write(body, "Content-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n" + p.getValue());
            }
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(auth(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token));
    }

    public String token(String username, String password) {
        HttpResponse<byte[]> r = postJson("api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login " + username + " failed: " + r.statusCode() + " " + text(r));
        }
        return json(r).getString("access_token");
    }

    public String demoToken(String username) {
        return token(username, "demo-password");
    }

    public static Map<String, Object> parts(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    public static JsonObject json(HttpResponse<byte[]> r) {
        try (JsonReader reader = Json.createReader(new StringReader(text(r)))) {
            return reader.readObject();
        }
    }

    public static jakarta.json.JsonArray jsonArray(HttpResponse<byte[]> r) {
        try (JsonReader reader = Json.createReader(new StringReader(text(r)))) {
            return reader.readArray();
        }
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
