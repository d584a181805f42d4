package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link LogStore} in memory, for tests and tools; synchronised, so safe to share. */
public final class InMemoryLogStore implements LogStore {
    private final List<byte[]> leaves = new ArrayList<>();
    private final Map<NodeId, byte[]> nodes = new HashMap<>();

    @Override
    public synchronized long size() {
        return leaves.size();
    }

    @Override
    public synchronized Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new LinkedHashMap<>();
        for (NodeId id : ids) {
            byte[] hash = nodes.get(id);
            if (hash != null) {
                found.put(id, hash.clone());
            }
        }
        return found;
    }

    @Override
    public synchronized void appendAll(long firstIndex, List<byte[]> leafData, List<NodeHash> completedNodes) {
        if (firstIndex != leaves.size()) {
            throw new IllegalStateException("leaf " + firstIndex + " appended to a log of " + leaves.size());
        }
        leafData.forEach(d -> leaves.add(d.clone()));
        completedNodes.forEach(n -> nodes.put(n.id(), n.hash()));
    }

    @Override
    public synchronized List<byte[]> leafData(long start, long end) {
        return leaves.subList((int) start, (int) end).stream().map(byte[]::clone).toList();
    }

}
