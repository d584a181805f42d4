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
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, slug, title, detail, errors)).build();
    }

    /** The problem document itself, for the places that answer without JAX-RS (servlet filters). */
    public static String json(int status, String slug, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder arr = Json.createArrayBuilder();
            errors.forEach(e -> {
                JsonObjectBuilder one = Json.createObjectBuilder();
                if (e.row() != null) {
                    one.add("row", e.row());
                }
                arr.add(one.add("field", e.field()).add("message", e.message()));
            });
            b.add("errors", arr);
        }
        return b.build().toString();
    }

    public static Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, List.of());
    }

    /** The slug of a problem known only by its HTTP status (the runtime's or the container's own errors). */
    public static String slugOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> status >= 500 ? "internal-error" : "invalid-input";
        };
    }

    /** The reason phrase of a status, or "Error" for one JAX-RS does not name. */
    public static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
