package tw.portfolio.archive.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Sends JSON from a chosen loopback source address (127.0.0.2, 127.0.0.3…), so that a test can be
 * two clients at once: Java's HttpClient cannot choose its source address. Plain HTTP/1.0 over a
 * socket, so the answer ends when the server closes the connection.
 */
final class LoopbackClient {
    private final URI base;
    private final String sourceAddress;

    /** The status, the headers (names in lower case) and the body of an answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    LoopbackClient(URI base, String sourceAddress) {
        this.base = base;
        this.sourceAddress = sourceAddress;
    }

    Answer postJson(String path, String json) {
        return send("POST", path, null, json);
    }

    /** {@code method} with a JSON body, and a bearer token unless it is null. */
    Answer send(String method, String path, String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + base.resolve(path).getRawPath() + " HTTP/1.0\r\n"
                + "Host: 127.0.0.1:" + base.getPort() + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
    }
}
