package tw.portfolio.archive.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.LoginGuard;
import tw.portfolio.archive.account.LoginPolicy;
import tw.portfolio.archive.account.TokenCodec;
import tw.portfolio.archive.artifact.UploadPolicy;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.IntentMarkers;
import tw.portfolio.archive.storage.OcflArtifactStore;

/** Produces the archive's runtime parts from settings: clock, data directory, storage, policies. */
@ApplicationScoped
public class ArchiveRuntime {
    @Inject
    @ConfigProperty(name = ArchiveSettings.DATA_DIR, defaultValue = ArchiveSettings.DATA_DIR_DEFAULT)
    String dataDir;
    @Inject
    @ConfigProperty(name = ArchiveSettings.MAX_DOCUMENT_BYTES, defaultValue = "" + UploadPolicy.DEFAULT_MAX_DOCUMENT_BYTES)
    long maxDocumentBytes;
    @Inject
    @ConfigProperty(name = ArchiveSettings.MAX_MEDIA_BYTES, defaultValue = "" + UploadPolicy.DEFAULT_MAX_MEDIA_BYTES)
    long maxMediaBytes;
    @Inject
    @ConfigProperty(name = ArchiveSettings.LOCKOUT_THRESHOLD, defaultValue = "5")
    int lockoutThreshold;
    @Inject
    @ConfigProperty(name = ArchiveSettings.LOCKOUT_MINUTES, defaultValue = "15")
    int lockoutMinutes;
    @Inject
    @ConfigProperty(name = ArchiveSettings.THROTTLE_DELAY_SECONDS, defaultValue = "30")
    int throttleDelaySeconds;
    @Inject
    @ConfigProperty(name = ArchiveSettings.THROTTLE_MAX_DELAY_SECONDS, defaultValue = "900")
    int throttleMaxDelaySeconds;
    @Inject
    @ConfigProperty(name = ArchiveSettings.ADDRESS_THRESHOLD, defaultValue = "50")
    int addressThreshold;

    private OcflArtifactStore store;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    DataDirectory dataDirectory() {
        return DataDirectory.of(dataDir);
    }

    @Produces
    @Singleton
    ArtifactStore artifactStore(DataDirectory dir) {
        store = OcflArtifactStore.open(dir.root());
        return store;
    }

    /** Ingest intents, beside the storage root (see {@link IntentMarkers}). */
    @Produces
    @Singleton
    IntentMarkers intentMarkers(DataDirectory dir) {
        return IntentMarkers.open(dir.dir("intents"));
    }

    @Produces
    @Singleton
    UploadPolicy uploadPolicy() {
        return new UploadPolicy(maxDocumentBytes, maxMediaBytes);
    }

    @Produces
    @Singleton
    LoginPolicy loginPolicy() {
        return new LoginPolicy(lockoutThreshold, Duration.ofMinutes(lockoutMinutes),
                Duration.ofSeconds(throttleDelaySeconds), Duration.ofSeconds(throttleMaxDelaySeconds), addressThreshold);
    }

    /** One per application: the throttles' memory is shared by every request. */
    @Produces
    @Singleton
    LoginGuard loginGuard(LoginPolicy policy, Clock clock) {
        return new LoginGuard(policy, clock);
    }

    @Produces
    @Singleton
    TokenCodec tokenCodec(DataDirectory dir) {
        Path keyFile = dir.dir("keys").resolve("token-hmac.key");
        try {
            if (!Files.exists(keyFile)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                DataDirectory.writeSecret(keyFile, key);
            }
            return new TokenCodec(Files.readAllBytes(keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token key " + keyFile, e);
        }
    }

    @PreDestroy
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
