package tw.portfolio.archive.web.integrity;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.KeyInfo;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.web.security.Public;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The school's signing keys: public list, and rotation by the system administrator. */
@Path("/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {
    @Inject
    SchoolKeyRing keys;
    @Inject
    RequestIdentity identity;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;

    /** A key as published. */
    public record KeyJson(String keyId, String algorithm, String publicKeyPem, String status, Instant createdAt) {
        static KeyJson of(KeyInfo k) {
            return new KeyJson(k.keyId(), k.algorithm(), k.publicKeyPem(), k.status().name(), k.createdAt());
        }
    }

    @GET
    @Public
    @Operation(summary = "Every school signing key, active and retired (no login needed)")
    public List<KeyJson> list() {
        return keys.keys().stream().map(KeyJson::of).toList();
    }

    @POST
    @Path("/rotation")
    @Transactional
    @Operation(summary = "Make a new active signing key; old keys stay for verification (SYSTEM_ADMIN)")
    public Response rotate() {
        Actor actor = identity.require();
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only the system administrator may rotate the signing key");
        }
        String previous = keys.activeKey().keyId();
        KeyInfo created = keys.rotate();
        events.record(ArchiveEvent.success(ArchiveEventType.KEY_ROTATION, "key:" + created.keyId(), null,
                Role.SYSTEM_ADMIN.name(), clock.instant(), Map.of("previousKeyId", previous,
                        "newKeyId", created.keyId())));
        return Response.status(201).entity(KeyJson.of(created)).build();
    }
}
