package tw.portfolio.archive.web.retention;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.retention.deletion.DeletionConflictException;
import tw.portfolio.archive.web.problem.Problem;

/**
 * A deletion conflict as RFC 9457 problem details (409) with its extension members: {@code sealDate},
 * {@code disposeOn}, {@code holds}, {@code requestId}, {@code state}.
 */
@Provider
public class DeletionConflictMapper implements ExceptionMapper<DeletionConflictException> {
    @Override
    public Response toResponse(DeletionConflictException e) {
        JsonObject problem;
        try (var reader = Json.createReader(new StringReader(Problem.json(409, e.problemType(), "Conflict",
                e.getMessage(), List.of())))) {
            problem = reader.readObject();
        }
        JsonObjectBuilder b = Json.createObjectBuilder(problem);
        for (Map.Entry<String, Object> m : e.members().entrySet()) {
            Object v = m.getValue();
            if (v == null) {
                b.addNull(m.getKey());
            } else if (v instanceof List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(item -> array.add(String.valueOf(item)));
                b.add(m.getKey(), array);
            } else {
                b.add(m.getKey(), String.valueOf(v));
            }
        }
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(b.build().toString()).build();
    }
}
