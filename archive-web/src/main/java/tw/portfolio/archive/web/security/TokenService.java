package tw.portfolio.archive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.RevokedToken;
import tw.portfolio.archive.account.TokenCodec;
import tw.portfolio.archive.config.ArchiveSettings;

/**
 * Issues, verifies and revokes API tokens; revocations (per token, and per account through its token
 * generation) live in the database, so every node sees them.
 */
@ApplicationScoped
public class TokenService {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    TokenCodec codec;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = ArchiveSettings.TOKEN_TTL_SECONDS, defaultValue = "3600")
    long ttlSeconds;

    /** A token for what the account granted at login or at a password change. */
    public String issue(AccountService.TokenGrant grant) {
        return codec.issue(grant.actor(), grant.passwordChangePending(), grant.tokenGeneration(), clock.instant(),
                ttlSeconds);
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    /**
     * The claims of a valid token that was neither logged out nor revoked with every token of its
     * account (see {@link tw.portfolio.archive.account.Account#accepts(long)}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenCodec.Claims> verify(String token) {
        return codec.verify(token, clock.instant())
                .filter(c -> em.find(RevokedToken.class, c.tokenId()) == null)
                .filter(c -> accounts.acceptsToken(c.actor().username(), c.tokenGeneration()));
    }

    @Transactional
    public void revoke(TokenCodec.Claims claims) {
        if (em.find(RevokedToken.class, claims.tokenId()) == null) {
            em.persist(new RevokedToken(claims.tokenId(), claims.expiresAt()));
        }
    }
}
