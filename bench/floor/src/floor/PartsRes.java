package floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** POST /parts/api/v1/students/{drain|store}/artifacts through the runtime's multipart support (List&lt;EntityPart&gt;). */
@Path("/students/{mode}/artifacts")
public class PartsRes {
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("mode") String mode, List<EntityPart> parts) throws IOException {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElseThrow();
        try (InputStream in = file.getContent()) {
            Store.consume(in, mode.equals("store"));
        }
        return Response.status(201).entity("{}").build();
    }
}
