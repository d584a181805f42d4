package tw.portfolio.archive.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with a correlation id, answered as a problem that carries only that
 * id. No stack trace ever leaves the server. Malformed JSON bodies are the client's fault: 400.
 */
@Provider
public class CatchAllMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(CatchAllMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tw.portfolio.archive.error.ArchiveException ae) {
                return new ArchiveExceptionMapper().toResponse(ae);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return Problem.response(409, "conflict", "Conflict",
                        "Someone else changed this record at the same time; reload and try again");
            }
        }
        Throwable json = findJsonCause(e);
        if (json != null) {
            return Problem.response(400, "invalid-input", "Invalid input",
                    "The JSON body could not be read: it is malformed or has a value of the wrong type");
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + id, e);
        return Problem.response(500, "internal-error", "Internal error",
                "Something went wrong on the server. Quote correlation id " + id + " when reporting it.");
    }

    private static Throwable findJsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return t;
            }
        }
        return null;
    }
}
