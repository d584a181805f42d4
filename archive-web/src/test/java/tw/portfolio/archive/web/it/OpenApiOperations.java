package tw.portfolio.archive.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every operation the running archive's {@code /openapi} document lists, with the body types it takes. */
final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private OpenApiOperations() {
    }

    /** Fetches {@code /openapi} as JSON and lists its operations, each with its request media types. */
    static SortedMap<ApiOperation, List<String>> fetch(ApiClient api) {
        HttpResponse<byte[]> r = api.send(HttpRequest.newBuilder(api.uri("openapi?format=JSON"))
                .header("Accept", "application/json").GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/openapi answered " + r.statusCode() + ": " + ApiClient.text(r));
        }
        return parse(ApiClient.json(r));
    }

    static SortedMap<ApiOperation, List<String>> parse(JsonObject document) {
        SortedMap<ApiOperation, List<String>> ops = new TreeMap<>();
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null || paths.isEmpty()) {
            throw new IllegalStateException("/openapi lists no paths");
        }
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    ops.put(new ApiOperation(op.getKey(), path.getKey()), mediaTypes(op.getValue().asJsonObject()));
                }
            }
        }
        return ops;
    }

    private static List<String> mediaTypes(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
            return List.of();
        }
        return new ArrayList<>(body.getJsonObject("content").keySet());
    }
}
