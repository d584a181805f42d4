package tw.portfolio.archive.account;

import java.util.Optional;

/** The username of whoever is calling right now, when there is a caller (not in jobs). */
public interface CurrentCaller {
    Optional<String> username();
}
