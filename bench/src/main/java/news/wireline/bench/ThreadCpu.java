package news.wireline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where this JVM's processor time went between two readings, by thread. The benchmark JVM holds
 * the broker and all three services, so this says how much of a run went to enrich's listeners,
 * to the JIT compiler still compiling, to the broker. Read from Linux's /proc; a thread's name
 * there is its Java name cut to 15 characters, and numbers after a '-' or '#' or at its end are
 * folded ("GC Thread#1" is "GC Thread#N") so a pool counts as one, while "C1" and "C2" stay apart.
 * Threads that ended between the readings (Lucene's merges, each on a thread of its own) are
 * counted only in the process's total.
 */
final class ThreadCpu {

    /** Linux reports thread times in clock ticks of 1/100 s on every architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Pattern POOL_NUMBER = Pattern.compile("(?<=[-#])\\d+|\\d+$");

    record Share(String threads, double seconds) {}

    /** Processor seconds by thread group, busiest first ("threads that ended" among them), and the process's in all. */
    record Usage(List<Share> groups, double processSeconds) {

        static final Usage NONE = new Usage(List.of(), 0);

        /** The {@code count} busiest groups as shares of the process's time: "enrich-ingested 58%, ...". */
        String busiest(int count) {
            if (processSeconds <= 0) {
                return "not read (no /proc)";
            }
            return groups.stream()
                    .limit(count)
                    .map(share -> String.format(
                            Locale.ROOT, "%s %.0f%%", share.threads(), 100 * share.seconds() / processSeconds))
                    .collect(Collectors.joining(", "));
        }
    }

    private final Map<String, Long> ticksByThread;
    private final Map<String, String> names;
    private final long processTicks;

    private ThreadCpu(Map<String, Long> ticksByThread, Map<String, String> names, long processTicks) {
        this.ticksByThread = ticksByThread;
        this.names = names;
        this.processTicks = processTicks;
    }

    /** A reading now; empty where /proc is not there to read. */
    static ThreadCpu read() {
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    ticks.put(task.getFileName().toString(), ticks(Files.readString(task.resolve("stat"))));
                    names.put(
                            task.getFileName().toString(),
                            pool(Files.readString(task.resolve("comm")).strip()));
                } catch (IOException ended) {
                    // the thread ended while being read: its time shows in the process's total
                }
            }
            return new ThreadCpu(ticks, names, ticks(Files.readString(Path.of("/proc/self/stat"))));
        } catch (IOException e) {
            return new ThreadCpu(Map.of(), Map.of(), 0);
        }
    }

    /** Processor seconds since {@code earlier}. */
    Usage since(ThreadCpu earlier) {
        Map<String, Long> byGroup = new HashMap<>();
        long live = 0;
        for (Map.Entry<String, Long> thread : ticksByThread.entrySet()) {
            long spent = thread.getValue() - earlier.ticksByThread.getOrDefault(thread.getKey(), 0L);
            byGroup.merge(names.get(thread.getKey()), spent, Long::sum);
            live += spent;
        }
        long total = processTicks - earlier.processTicks;
        byGroup.put("threads that ended", Math.max(0, total - live));
        List<Share> groups = byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(group -> new Share(group.getKey(), group.getValue() / TICKS_PER_SECOND))
                .toList();
        return new Usage(groups, total / TICKS_PER_SECOND);
    }

    /** The name a thread counts under: "GC Thread#1" under "GC Thread#N", "C2 CompilerThre" under itself. */
    static String pool(String threadName) {
        return POOL_NUMBER.matcher(threadName).replaceAll("N");
    }

    /** utime + stime: fields 14 and 15 of a stat line, counted after the parenthesised name, which may hold spaces. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
