package news.wireline.faults;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sending side saw, and from it what the feed store must hold: for every story ingest
 * acknowledged, the highest version it acknowledged.
 */
final class StreamCounts {

    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger retriedSends = new AtomicInteger();
    final ConcurrentMap<String, AtomicInteger> rejected = new ConcurrentHashMap<>();
    final ConcurrentMap<String, Integer> latestAccepted = new ConcurrentHashMap<>();
    /** Every (id, version) ingest took, as "id@version": each must be announced on the published topic once. */
    final Set<String> acceptedVersions = ConcurrentHashMap.newKeySet();

    void accepted(String id, int version) {
        accepted.incrementAndGet();
        latestAccepted.merge(id, version, Math::max);
        acceptedVersions.add(id + "@" + version);
    }

    /** 200: ingest already had this exact version, e.g. a retry of a send whose answer was lost in a crash. */
    void duplicate(String id, int version) {
        duplicates.incrementAndGet();
        latestAccepted.merge(id, version, Math::max);
        acceptedVersions.add(id + "@" + version);
    }

    void rejected(String code) {
        rejected.computeIfAbsent(code, key -> new AtomicInteger()).incrementAndGet();
    }

    Map<String, Integer> rejectedByReason() {
        Map<String, Integer> byReason = new TreeMap<>();
        rejected.forEach((code, count) -> byReason.put(code, count.get()));
        return byReason;
    }

    int rejectedTotal() {
        return rejected.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
