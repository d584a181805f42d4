package floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** POST /api/v1/students/{drain|store}/artifacts through JAX-RS, the body read raw (as the archive's own multipart reader reads it). */
@Path("/students/{mode}/artifacts")
public class Res {
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("mode") String mode, InputStream body) throws IOException {
        try (InputStream in = body) {
            Store.consume(in, mode.equals("store"));
        }
        return Response.status(201).entity("{}").build();
    }
}
