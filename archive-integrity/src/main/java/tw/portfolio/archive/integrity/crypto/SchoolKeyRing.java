package tw.portfolio.archive.integrity.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import tw.portfolio.archive.error.IntegrityViolationException;

/**
 * The school's signing keys, kept in a PKCS#12 file protected by a secret. The file is created
 * with one key on first use. Exactly one key is {@link KeyStatus#ACTIVE} (the newest); {@link
 * #rotate()} adds a new active key and retires the others, which stay for verification.
 *
 * <p>Thread-safe. Rotation rewrites the file atomically (temporary file, then rename). The caller
 * records the rotation in the event log.
 */
public final class SchoolKeyRing {
    private static final String KEYSTORE_TYPE = "PKCS12";
    private static final String ALIAS_PREFIX = "school-key-";

    private final Path file;
    private final char[] secret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(long serial, SigningKey key, Instant createdAt) {
    }

    private SchoolKeyRing(Path file, char[] secret, Clock clock) {
        this.file = file;
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** Opens the key ring at {@code file}, creating it with a first key if it does not exist. */
    public static SchoolKeyRing openOrCreate(Path file, char[] secret) {
        return openOrCreate(file, secret, Clock.systemUTC());
    }

    /** As {@link #openOrCreate(Path, char[])}, with the clock that stamps new keys. */
    public static SchoolKeyRing openOrCreate(Path file, char[] secret, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("the keystore secret must not be empty");
        }
        SchoolKeyRing ring = new SchoolKeyRing(file, secret, clock);
        synchronized (ring) {
            if (Files.exists(file)) {
                ring.load();
            } else {
                ring.addKey();
                ring.save();
            }
        }
        return ring;
    }

    /** The key that signs now. */
    public synchronized SigningKey activeKey() {
        return entries.get(entries.size() - 1).key();
    }

    /** Signs {@code message} with the active key. */
    public SignatureValue sign(byte[] message) {
        return activeKey().sign(message);
    }

    /** Makes a new active key, retires the previous one, persists the file and returns the new key. */
    public synchronized KeyInfo rotate() {
        addKey();
        try {
            save();
        } catch (RuntimeException e) {
            entries.remove(entries.size() - 1);
            throw e;
        }
        return info(entries.get(entries.size() - 1));
    }

    /** Every key, oldest first. */
    public synchronized List<KeyInfo> keys() {
        return entries.stream().map(this::info).toList();
    }

    /** The public key with this id, active or retired. */
    public synchronized Optional<Ed25519PublicKey> publicKey(String keyId) {
        return entries.stream().map(e -> e.key().publicKey()).filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Verifies a signature made by any of the school's keys, naming an unknown key as the reason. */
    public VerificationResult verify(byte[] message, SignatureValue signature) {
        return publicKey(signature.keyId())
                .map(key -> SignatureVerifier.verify(key, message, signature))
                .orElseGet(() -> VerificationResult.failed("key " + signature.keyId() + " is not a school key"));
    }

    private KeyInfo info(Entry e) {
        KeyStatus status = e == entries.get(entries.size() - 1) ? KeyStatus.ACTIVE : KeyStatus.RETIRED;
        return new KeyInfo(e.key().keyId(), SignatureValue.ED25519, e.key().publicKey().toPem(), status, e.createdAt());
    }

    private void addKey() {
        long serial = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).serial() + 1;
        SigningKey key = SigningKey.generate(random);
        X509Certificate cert = SelfSignedCertificates.create(key, serial, clock.instant());
        entries.add(new Entry(serial, key, cert.getNotBefore().toInstant()));
    }

    private void load() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(in, secret);
            for (String alias : Collections.list(store.aliases())) {
                if (!alias.startsWith(ALIAS_PREFIX) || !store.isKeyEntry(alias)) {
                    continue;
                }
                long serial = Long.parseLong(alias.substring(ALIAS_PREFIX.length()));
                PrivateKey privateKey = (PrivateKey) store.getKey(alias, secret);
                var params = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(privateKey.getEncoded());
                X509Certificate cert = (X509Certificate) store.getCertificate(alias);
                entries.add(new Entry(serial, SigningKey.of(params), cert.getNotBefore().toInstant()));
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IntegrityViolationException("school keystore " + file
                    + " cannot be opened: wrong secret or damaged file", e);
        }
        if (entries.isEmpty()) {
            throw new IntegrityViolationException("school keystore " + file + " holds no school key");
        }
        entries.sort(Comparator.comparingLong(Entry::serial));
    }

    private void save() {
        try {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(null, secret);
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            for (Entry e : entries) {
                PrivateKeyInfo pkcs8 = new PrivateKeyInfo(new AlgorithmIdentifier(Ed25519PublicKey.ED25519_OID),
                        new DEROctetString(e.key().privateParameters().getEncoded()));
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8.getEncoded()));
                Certificate cert = SelfSignedCertificates.create(e.key(), e.serial(), e.createdAt());
                store.setKeyEntry(ALIAS_PREFIX + e.serial(), privateKey, secret, new Certificate[] {cert});
            }
            writeAtomically(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write school keystore " + file, e);
        }
    }

    private void writeAtomically(KeyStore store) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".school-keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's permissions protect the file
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                store.store(out, secret);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
