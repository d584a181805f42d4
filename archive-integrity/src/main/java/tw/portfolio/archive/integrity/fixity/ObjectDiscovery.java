package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lists a storage root's objects in id order, reading each one's inventory to learn its id, with
 * the storage root's subdirectories shared among threads. Parsed inventories are kept for the
 * checks (up to {@link #KEEP_BYTES} of them) so that each is read and parsed once.
 */
final class ObjectDiscovery {
    /** Inventory bytes kept in memory at most; beyond that the checks read them again. */
    static final long KEEP_BYTES = 64L << 20;

    private final Path storageRoot;
    private final List<File> topLevel;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong kept = new AtomicLong();

    private ObjectDiscovery(Path storageRoot) {
        this.storageRoot = storageRoot;
        this.topLevel = OcflLayout.topLevel(storageRoot);
    }

    /** Every object under {@code storageRoot} whose id sorts after {@code resumeAfter} (null: all), in id order. */
    static List<ObjectRef> discover(Path storageRoot, int threads, String resumeAfter) throws InterruptedException {
        ObjectDiscovery discovery = new ObjectDiscovery(storageRoot);
        int helpers = Math.min(threads, discovery.topLevel.size()) - 1;
        List<List<ObjectRef>> parts = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < helpers; t++) {
            List<ObjectRef> part = new ArrayList<>();
            parts.add(part);
            Thread thread = new Thread(() -> {
                try {
                    discovery.collect(part);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }, "fixity-list-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        List<ObjectRef> objects = new ArrayList<>();
        discovery.collect(objects);
        for (Thread thread : started) {
            thread.join();
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        parts.forEach(objects::addAll);
        if (resumeAfter != null) {
            objects.removeIf(o -> o.id().compareTo(resumeAfter) <= 0);
        }
        objects.sort(Comparator.comparing(ObjectRef::id));
        return objects;
    }

    private void collect(List<ObjectRef> out) {
        List<Path> roots = new ArrayList<>();
        for (int i = next.getAndIncrement(); i < topLevel.size(); i = next.getAndIncrement()) {
            roots.clear();
            OcflLayout.collectObjectRoots(topLevel.get(i), roots);
            for (Path root : roots) {
                out.add(describe(root));
            }
        }
    }

    /** The object's id from its inventory, or its path under the storage root when that cannot be read. */
    private ObjectRef describe(Path objectRoot) {
        try {
            byte[] json = SmallFiles.readAll(new File(objectRoot.toFile(), "inventory.json"));
            Inventory inventory = Inventory.parse(json);
            if (kept.addAndGet(json.length) <= KEEP_BYTES) {
                return new ObjectRef(inventory.id(), objectRoot, inventory, json);
            }
            return new ObjectRef(inventory.id(), objectRoot, null, null);
        } catch (IOException | Inventory.UnreadableException e) {
            return new ObjectRef(storageRoot.relativize(objectRoot).toString(), objectRoot, null, null);
        }
    }
}
