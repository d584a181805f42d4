package floor;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * POST /raw/api/v1/students/{mode}/artifacts as a plain servlet: {@code drain} only reads the body;
 * {@code store} writes it to a file while hashing it, then forces the file and its directory.
 */
public class Raw extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (InputStream in = req.getInputStream()) {
            Store.consume(in, req.getPathInfo().contains("/store/"));
        }
        resp.setStatus(201);
        resp.setContentType("application/json");
        resp.getWriter().write("{}");
    }
}
