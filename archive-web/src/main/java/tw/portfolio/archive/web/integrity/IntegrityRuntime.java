package tw.portfolio.archive.web.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.runtime.DataDirectory;

/**
 * The school signing key ring, in {@code <data dir>/keys/school.p12}, protected by the secret in
 * {@code archive.keystore.secret}. A demo installation without a secret generates one and stores it
 * beside the keystore (owner-only), and says so in the log: fine for a demo, not for a school.
 */
@ApplicationScoped
public class IntegrityRuntime {
    private static final Logger LOG = Logger.getLogger(IntegrityRuntime.class.getName());
    static final String GENERATED_SECRET_FILE = "keystore-secret.demo";

    @Inject
    @ConfigProperty(name = ArchiveSettings.KEYSTORE_SECRET)
    Optional<String> secret;
    @Inject
    @ConfigProperty(name = ArchiveSettings.DEMO, defaultValue = "false")
    boolean demo;

    @Produces
    @Singleton
    SchoolKeyRing keyRing(DataDirectory dir, Clock clock) {
        Path keys = dir.dir("keys");
        return SchoolKeyRing.openOrCreate(keys.resolve("school.p12"), secretFor(keys).toCharArray(), clock);
    }

    private String secretFor(Path keys) {
        if (secret.isPresent() && !secret.get().isBlank()) {
            return secret.get();
        }
        if (!demo) {
            throw new IntegrityViolationException("Set archive.keystore.secret (ARCHIVE_KEYSTORE_SECRET): the school "
                    + "signing key must be protected by a secret from configuration");
        }
        Path file = keys.resolve(GENERATED_SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                DataDirectory.writeSecret(file, Base64.getEncoder().encode(random));
                LOG.warning(() -> "DEMO: generated a keystore secret and stored it in " + file
                        + "; a real installation sets archive.keystore.secret instead");
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
