package tw.portfolio.archive.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors under {@code /api/} that the servlet layer answers by itself, not through JAX-RS's
 * exception mappers, become problems too: Jersey's servlet refuses a request URI it cannot
 * represent (an encoded slash, {@code ..%2F..}) with {@code sendError(404)}, and the container's
 * default servlet and security answer with {@code sendError} as well, each with an HTML page.
 * Here every {@code sendError} of an API request writes an {@code application/problem+json} body
 * of that status instead.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiErrorFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, new ProblemOnSendError(res));
    }

    /** A response whose {@code sendError} writes a problem instead of the container's error page. */
    private static final class ProblemOnSendError extends HttpServletResponseWrapper {
        ProblemOnSendError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            setStatus(status);
            setContentType(Problem.MEDIA_TYPE.toString());
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            String title = Problem.titleOf(status);
            String detail = status == 404 ? "No resource at this path: check it, and that it holds no encoded '/' or '..'"
                    : title;
            byte[] body = Problem.json(status, Problem.slugOf(status), title, detail, List.of())
                    .getBytes(StandardCharsets.UTF_8);
            setContentLength(body.length);
            getOutputStream().write(body);
            flushBuffer();
        }
    }
}
