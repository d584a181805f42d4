package tw.portfolio.archive.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import tw.portfolio.archive.error.ArchiveException.FieldError;

/**
 * RFC 9457 problem details. Every error the API answers is built here, so the shape is one:
 * {@code type} (a stable URI ending in the problem slug), {@code title}, {@code status},
 * {@code detail}, and {@code errors} for field problems.
 */
public final class Problem {
    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://portfolio-archive.example/problems/";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response response(int status, String slug, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder arr = Json.createArrayBuilder();
            errors.forEach(e -> arr.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            b.add("errors", arr);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(b.build().toString()).build();
    }

    public static Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, List.of());
    }
}
