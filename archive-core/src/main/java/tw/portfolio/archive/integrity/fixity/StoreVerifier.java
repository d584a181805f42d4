package tw.portfolio.archive.integrity.fixity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Audits an OCFL storage root as ocfl-java writes it: for every object (in object id order) the
 * inventory is checked against its sidecar digest, and every content file in its manifest is
 * re-hashed on a pool of threads, within the byte budget, and compared. Failures name the object,
 * the file, the expected and the actual digest.
 *
 * <p>Interrupting the calling thread stops the audit; the report is then incomplete and its cursor
 * says where to resume.
 */
public final class StoreVerifier {
    private final FixityOptions options;

    private StoreVerifier(FixityOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A verifier that runs with {@code options}. */
    public static StoreVerifier with(FixityOptions options) {
        return new StoreVerifier(options);
    }

    private record ObjectRef(String id, Path root) {
    }

    private record Pending(String id, List<FixityFailure> early, List<Future<Optional<FixityFailure>>> files) {
    }

    /**
     * Audits {@code dir}: an OCFL storage root, or a data directory holding one in {@code ocfl/}.
     * {@code progress} is called on this thread after each object.
     */
    public FixityReport verify(Path dir, Consumer<FixityProgress> progress) {
        Path root = OcflLayout.storageRoot(dir);
        List<ObjectRef> objects = OcflLayout.objectRoots(root).stream()
                .map(r -> new ObjectRef(idOf(root, r), r))
                .filter(o -> options.resumeAfter() == null || o.id().compareTo(options.resumeAfter()) > 0)
                .sorted(Comparator.comparing(ObjectRef::id))
                .toList();
        ByteRateLimiter limiter = options.bytesPerSecond() > 0 ? ByteRateLimiter.perSecond(options.bytesPerSecond()) : null;
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<FixityFailure> failures = new ArrayList<>();
        Deque<Pending> window = new ArrayDeque<>();
        int maxInFlight = options.threads() * 8;
        String cursor = options.resumeAfter();
        long done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "fixity-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            int inFlight = 0;
            for (ObjectRef object : objects) {
                Pending p = start(object, pool, limiter, files, bytes);
                window.add(p);
                inFlight += p.files().size();
                while (inFlight > maxInFlight || window.size() > maxInFlight) {
                    Pending head = window.poll();
                    inFlight -= head.files().size();
                    failures.addAll(finish(head));
                    cursor = head.id();
                    progress.accept(new FixityProgress(++done, objects.size(), files.get(), bytes.get(), failures.size(), cursor));
                }
            }
            while (!window.isEmpty()) {
                Pending head = window.poll();
                failures.addAll(finish(head));
                cursor = head.id();
                progress.accept(new FixityProgress(++done, objects.size(), files.get(), bytes.get(), failures.size(), cursor));
            }
            return new FixityReport(done, files.get(), bytes.get(), failures, cursor, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FixityReport(done, files.get(), bytes.get(), failures, cursor, false);
        } finally {
            pool.shutdownNow();
        }
    }

    private Pending start(ObjectRef object, ExecutorService pool, ByteRateLimiter limiter, AtomicLong files,
            AtomicLong bytes) {
        List<FixityFailure> early = new ArrayList<>();
        List<Future<Optional<FixityFailure>>> tasks = new ArrayList<>();
        Path inventoryFile = object.root().resolve("inventory.json");
        byte[] json;
        try {
            json = Files.readAllBytes(inventoryFile);
        } catch (NoSuchFileException e) {
            early.add(new FixityFailure(object.id(), "inventory.json", "present", FixityFailure.MISSING,
                    FailureKind.INVENTORY_UNREADABLE));
            return new Pending(object.id(), early, tasks);
        } catch (IOException e) {
            early.add(new FixityFailure(object.id(), "inventory.json", "readable", e.toString(),
                    FailureKind.INVENTORY_UNREADABLE));
            return new Pending(object.id(), early, tasks);
        }
        Inventory inventory;
        try {
            inventory = Inventory.parse(json);
        } catch (Inventory.UnreadableException e) {
            early.add(new FixityFailure(object.id(), "inventory.json", "an OCFL inventory", e.getMessage(),
                    FailureKind.INVENTORY_UNREADABLE));
            return new Pending(object.id(), early, tasks);
        }
        early.addAll(ObjectStructure.check(object.id(), object.root(), inventory, json));
        for (Inventory.Entry entry : inventory.manifest()) {
            tasks.add(pool.submit(new FileCheck(object.id(), object.root(), entry, inventory.algorithm(), limiter,
                    files, bytes)));
        }
        return new Pending(object.id(), early, tasks);
    }

    private static List<FixityFailure> finish(Pending pending) throws InterruptedException {
        List<FixityFailure> out = new ArrayList<>(pending.early());
        for (Future<Optional<FixityFailure>> f : pending.files()) {
            try {
                f.get().ifPresent(out::add);
            } catch (ExecutionException e) {
                throw new IllegalStateException("fixity check of " + pending.id() + " failed unexpectedly", e.getCause());
            }
        }
        return out;
    }

    private static String idOf(Path storageRoot, Path objectRoot) {
        try {
            return Inventory.parse(Files.readAllBytes(objectRoot.resolve("inventory.json"))).id();
        } catch (IOException | Inventory.UnreadableException e) {
            return storageRoot.relativize(objectRoot).toString();
        }
    }
}
