package tw.portfolio.archive.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A token revoked by logout, kept until it would have expired anyway. */
@Entity
@Table(name = "REVOKED_TOKEN")
public class RevokedToken {
    @Id
    @Column(name = "TOKEN_ID", length = 36)
    private String tokenId;
    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected RevokedToken() {
    }

    public RevokedToken(String tokenId, Instant expiresAt) {
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
    }

    public String tokenId() {
        return tokenId;
    }
}
