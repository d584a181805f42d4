package tw.portfolio.archive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.RevokedToken;
import tw.portfolio.archive.account.TokenCodec;
import tw.portfolio.archive.config.ArchiveSettings;

/** Issues, verifies and revokes API tokens; revocations live in the database, so every node sees them. */
@ApplicationScoped
public class TokenService {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    TokenCodec codec;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = ArchiveSettings.TOKEN_TTL_SECONDS, defaultValue = "3600")
    long ttlSeconds;

    /** A token for {@code actor}; {@code passwordChangeRequired} as the account said at login. */
    public String issue(Actor actor, boolean passwordChangeRequired) {
        return codec.issue(actor, passwordChangeRequired, clock.instant(), ttlSeconds);
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    /** The claims of a valid, unrevoked token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenCodec.Claims> verify(String token) {
        return codec.verify(token, clock.instant())
                .filter(c -> em.find(RevokedToken.class, c.tokenId()) == null);
    }

    @Transactional
    public void revoke(TokenCodec.Claims claims) {
        if (em.find(RevokedToken.class, claims.tokenId()) == null) {
            em.persist(new RevokedToken(claims.tokenId(), claims.expiresAt()));
        }
    }
}
