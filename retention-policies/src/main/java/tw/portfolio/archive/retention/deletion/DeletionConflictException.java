package tw.portfolio.archive.retention.deletion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.error.ConflictException;

/**
 * A deletion request or decision that conflicts with where the student or the request stands (409),
 * with a stable problem type and the members a client needs to act on it: {@code sealDate} when the
 * data is not sealed yet, {@code holds} naming the legal holds that stand, {@code requestId} of the
 * open request, {@code state} of a finished one.
 */
public class DeletionConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** Members added to the problem document; values are strings, numbers, lists of strings or null. */
    private final transient Map<String, Object> members;

    public DeletionConflictException(String problemType, String message, Map<String, Object> members) {
        super(problemType, message, List.of(), null);
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Map<String, Object> members() {
        return members;
    }
}
