package tw.portfolio.archive.error;

import java.util.List;

/** The content is not a type the archive accepts, judged by its bytes (415). */
public class UnsupportedMediaTypeException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String message) {
        super("unsupported-media-type", message, List.of(), null);
    }
}
