package news.wireline.enrich.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;

/**
 * The latest enriched version of each story ingested within the revision window, and the stories
 * waiting to be enriched again. A story version new to the corpus changes the corpus as every
 * story ingested after it sees it (its words' frequencies, its own candidacy as a link), so each
 * of those may have been enriched without it: whether one was is not known here, as another
 * instance may have enriched it, so all are checked. A re-enrichment is no change to the corpus
 * and makes none waiting: no cascade. The window is measured back from the newest ingestion
 * seen, not the clock, so a replay and a live run keep the same stories.
 */
final class RecentStories {

    private record Entry(Instant ingested, String id) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int order = ingested.compareTo(other.ingested);
            return order != 0 ? order : id.compareTo(other.id);
        }
    }

    /** The {@code number}th story version to join the corpus here, and when it was ingested. */
    private record Arrival(long number, Instant ingested) {}

    private final Duration window;
    private final int maxStories;
    private final Map<StoryId, StoryEnriched> latest = new HashMap<>();
    private final TreeSet<Entry> byIngestion = new TreeSet<>();
    private final LinkedHashSet<StoryId> waiting = new LinkedHashSet<>();
    private final ArrayDeque<Arrival> recentArrivals = new ArrayDeque<>();
    private Instant newest = Instant.EPOCH;
    private long arrivals;
    private boolean checking;

    RecentStories(RevisionSettings settings) {
        this.window = settings.window();
        this.maxStories = settings.maxStories();
    }

    /**
     * How many story versions have joined the corpus so far. Read it before taking the view a story
     * is enriched against, and give it to {@link #enriched}: a story that joins in between may be missing from that view.
     */
    synchronized long arrivals() {
        return arrivals;
    }

    /**
     * Notes a story this instance has just enriched against a view taken when {@code arrivalsBefore}
     * stories had joined. If an earlier-ingested story joined since, the view may lack it, and the
     * story itself waits to be checked: that story looked for later ones before this one was held.
     */
    synchronized void enriched(StoryEnriched story, boolean newToCorpus, long arrivalsBefore) {
        Instant ingested = StoryEnricher.ingestedAt(story);
        boolean missedOne = arrivalsBefore < arrivals - recentArrivals.size()
                || recentArrivals.stream()
                        .anyMatch(arrival -> arrival.number() > arrivalsBefore
                                && arrival.ingested().isBefore(ingested));
        joined(story, newToCorpus);
        if (checking && missedOne && latest.containsKey(story.id())) {
            waiting.add(story.id());
            notifyAll();
        }
    }

    /**
     * Notes an enriched event seen by this instance; if {@code newToCorpus}, the stories held that
     * were ingested after it wait to be checked again.
     */
    synchronized void joined(StoryEnriched story, boolean newToCorpus) {
        Instant ingested = StoryEnricher.ingestedAt(story);
        if (newToCorpus && checking) {
            // a view holds the versions ingested strictly before its story
            for (Entry later : byIngestion.tailSet(new Entry(ingested.plusNanos(1), ""), true)) {
                if (!later.id().equals(story.id().value())) {
                    waiting.add(StoryId.of(later.id()));
                }
            }
            notifyAll();
        }
        if (newToCorpus) {
            arrivals++;
            recentArrivals.addLast(new Arrival(arrivals, ingested));
            if (recentArrivals.size() > maxStories) {
                recentArrivals.removeFirst();
            }
        }
        StoryEnriched known = latest.get(story.id());
        if (known != null && isLater(known, story)) {
            return;
        }
        if (known != null) {
            byIngestion.remove(
                    new Entry(StoryEnricher.ingestedAt(known), known.id().value()));
        }
        newest = ingested.isAfter(newest) ? ingested : newest;
        latest.put(story.id(), story);
        byIngestion.add(new Entry(ingested, story.id().value()));
        evict();
    }

    /** The latest version held of a story, if it is still within the window. */
    synchronized Optional<StoryEnriched> latest(StoryId id) {
        return Optional.ofNullable(latest.get(id));
    }

    /**
     * Every story held waits to be checked, and from now on each story new to the corpus sends the
     * later ones back: called once the corpus has read the enriched topic's history, after a start,
     * when what happened before it is not known. Until then a replica replaying the whole topic
     * would send thousands back for every story it reads.
     */
    synchronized void checkAll() {
        checking = true;
        byIngestion.forEach(entry -> waiting.add(StoryId.of(entry.id())));
        notifyAll();
    }

    /** Puts a story back in line, after a check that failed. */
    synchronized void checkAgain(StoryId id) {
        waiting.add(id);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /**
     * Waits for a story to wait, then {@code settle} longer for the rest of a burst, and hands over
     * every story waiting by then, earliest ingested first.
     */
    synchronized List<StoryId> takeWaiting(Duration settle) throws InterruptedException {
        while (waiting.isEmpty()) {
            wait();
        }
        long until = System.nanoTime() + settle.toNanos();
        for (long left = settle.toNanos(); left > 0; left = until - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
        return takeWaitingNow();
    }

    /** Every story waiting now, earliest ingested first, perhaps none. */
    synchronized List<StoryId> takeWaitingNow() {
        List<StoryId> taken = new ArrayList<>();
        for (Entry entry : byIngestion) {
            StoryId id = StoryId.of(entry.id());
            if (waiting.contains(id)) {
                taken.add(id);
            }
        }
        waiting.clear();
        return taken;
    }

    /**
     * A higher version, or the same version enriched later: the replica may hand over a version's
     * first enrichment after this instance has revised it.
     */
    private static boolean isLater(StoryEnriched known, StoryEnriched story) {
        if (known.version() != story.version()) {
            return known.version() > story.version();
        }
        return enrichedAt(known).isAfter(enrichedAt(story));
    }

    private static Instant enrichedAt(StoryEnriched story) {
        return story.timeline() == null || story.timeline().enriched() == null
                ? Instant.EPOCH
                : story.timeline().enriched();
    }

    private void evict() {
        Instant oldest = newest.minus(window);
        while (!byIngestion.isEmpty()
                && (byIngestion.size() > maxStories
                        || byIngestion.first().ingested().isBefore(oldest))) {
            StoryId gone = StoryId.of(byIngestion.pollFirst().id());
            latest.remove(gone);
            waiting.remove(gone);
        }
    }
}
