package tw.portfolio.archive.web.it;

/**
 * What the authorization layer did with one call, as the authorization matrix records it. Only the
 * status tells: a call that got past authorization may still fail validation or a domain rule.
 */
enum Access {
    /** Authorization let the call through: any answer but 401, 403, 404 or a server error. */
    ALLOW,
    /** Refused as such: 401 (no valid token) or 403 (not allowed). */
    DENY,
    /** 404 for a record that exists: the caller is not told it exists. */
    HIDE,
    /** A server error (5xx other than a deliberate 503): never acceptable, never in the expected table. */
    ERROR;

    static Access of(int status) {
        if (status == 401 || status == 403) {
            return DENY;
        }
        if (status == 404) {
            return HIDE;
        }
        if (status >= 500 && status != 503) {
            return ERROR;
        }
        return ALLOW;
    }

    /** Parses a cell of the expected table; ERROR is refused because no cell may expect it. */
    static Access parse(String cell) {
        Access a = valueOf(cell.strip());
        if (a == ERROR) {
            throw new IllegalArgumentException("ERROR is never an expected answer");
        }
        return a;
    }
}
