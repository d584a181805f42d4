package tw.portfolio.archive.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import tw.portfolio.archive.paging.PageRequest;

/**
 * The paging query parameters of every list ({@code @BeanParam}): read as text so that a value that
 * is not a number, or does not fit one, is a 400 naming the field rather than JAX-RS's own 404.
 */
public class PageParams {
    @QueryParam("page")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
    String size;

    /** The checked page, {@link PageRequest#DEFAULT_SIZE} items unless the client says otherwise. */
    public PageRequest request() {
        return request(PageRequest.DEFAULT_SIZE);
    }

    /** The checked page, {@code defaultSize} items unless the client says otherwise. */
    public PageRequest request(int defaultSize) {
        return PageRequest.parse(page, size, defaultSize);
    }
}
