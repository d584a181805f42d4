package tw.portfolio.archive.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.error.RetentionViolationException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.error.UnsupportedMediaTypeException;

/** Maps each archive exception family to its status and problem type. */
@Provider
public class ArchiveExceptionMapper implements ExceptionMapper<ArchiveException> {
    private static final Logger LOG = Logger.getLogger(ArchiveExceptionMapper.class.getName());

    @Override
    public Response toResponse(ArchiveException e) {
        return Problem.response(status(e), e.problemType(), title(e), e.getMessage(), e.fieldErrors());
    }

    static int status(ArchiveException e) {
        if (e instanceof PayloadTooLargeException) {
            return 413;
        }
        if (e instanceof UnsupportedMediaTypeException) {
            return 415;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof RuleViolationException || e instanceof RetentionViolationException) {
            return 422;
        }
        if (e instanceof IntegrityViolationException) {
            LOG.log(Level.SEVERE, "Integrity violation: {0}", e.getMessage());
            return 500;
        }
        return 400;
    }

    private static String title(ArchiveException e) {
        return switch (status(e)) {
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 404 -> "Not found";
            case 403 -> "Forbidden";
            case 409 -> "Conflict";
            case 422 -> "Rule violated";
            case 500 -> "Integrity violation";
            default -> "Invalid input";
        };
    }
}
