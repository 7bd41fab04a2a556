package news.wireline.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the hostile-input run sent and what became of it, printed at the end as the issue asks. */
final class HostileTally {

    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger sentOverHttp = new AtomicInteger();
    final AtomicInteger sentOverKafka = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger deadLettered = new AtomicInteger();
    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger lost = new AtomicInteger();
    final AtomicInteger readerRequests = new AtomicInteger();
    final AtomicInteger outputsChecked = new AtomicInteger();
    private final Map<String, AtomicInteger> rejected = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> categories = new ConcurrentHashMap<>();

    void sent(HostileCase each) {
        sent.incrementAndGet();
        (each.door() == HostileCase.Door.HTTP ? sentOverHttp : sentOverKafka).incrementAndGet();
        categories.computeIfAbsent(each.category(), name -> new AtomicInteger()).incrementAndGet();
    }

    void rejected(String code) {
        rejected.computeIfAbsent(code, name -> new AtomicInteger()).incrementAndGet();
    }

    String report() {
        return """

                ==== hostile input: counts checked ====
                sent              %d (HTTP %d, raw topic %d)
                  by category     %s
                accepted          %d
                rejected          %s
                  dead-lettered   %d (raw-topic refusals, each with wireline-reject-* headers)
                published         %d
                duplicates        %d
                lost              %d
                reader requests   %d (hostile paths and parameters against publish)
                outputs checked   %d (pages, feeds and API answers searched for active content)
                =======================================
                """.formatted(
                        sent.get(),
                        sentOverHttp.get(),
                        sentOverKafka.get(),
                        sorted(categories),
                        accepted.get(),
                        sorted(rejected),
                        deadLettered.get(),
                        published.get(),
                        duplicates.get(),
                        lost.get(),
                        readerRequests.get(),
                        outputsChecked.get());
    }

    private static Map<String, Integer> sorted(Map<String, AtomicInteger> counts) {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((name, count) -> sorted.put(name, count.get()));
        return sorted;
    }
}
