package tw.portfolio.archive.web.portfolio;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import tw.portfolio.archive.web.problem.Problem;

/** {@link ServiceUnavailableException} as a 503 problem naming what is missing. */
@Provider
public class ServiceUnavailableMapper implements ExceptionMapper<ServiceUnavailableException> {
    @Override
    public Response toResponse(ServiceUnavailableException e) {
        return Problem.response(503, e.slug(), "Service unavailable", e.getMessage());
    }
}
