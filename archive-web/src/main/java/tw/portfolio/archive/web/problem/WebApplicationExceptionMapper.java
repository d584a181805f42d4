package tw.portfolio.archive.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unparsable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return new CatchAllMapper().toResponse(e);
        }
        String title = Problem.titleOf(status);
        String detail = status == 400 ? "The request could not be read: check the JSON body and parameters" : title;
        return Problem.response(status, Problem.slugOf(status), title, detail);
    }
}
