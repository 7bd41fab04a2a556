package news.wireline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The feed's readers at a steady rate, from a second process: a request is due every
 * 1/rate seconds whatever pace the answers come at, and each is timed from when it was due, so a
 * stall counts against every request it held up (coordinated omission), as wrk2 times them.
 * Where wrk keeps its connections busy and so measures the feed at saturation, this measures it
 * at a load it is meant to carry. Each reader keeps one connection ({@link KeptConnection}), as a
 * browser or a feed poller would.
 * <p>
 * The child's main prints {@code LATENCY <p50 µs> <p99 µs> <max µs> <requests> <errors>}.
 * Args: url, requests a second, seconds measured (after as many of warm-up).
 */
public final class SteadyReaders {

    private static final int READERS = 8;

    record Outcome(double p50Millis, double p99Millis, double maxMillis, long requests, int errors) {}

    private SteadyReaders() {}

    static Outcome run(String url, int rate, int seconds) throws IOException, InterruptedException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                SteadyReaders.class.getName(),
                url,
                Integer.toString(rate),
                Integer.toString(seconds));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Outcome outcome = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("LATENCY ")) {
                    String[] f = line.split(" ");
                    outcome = new Outcome(
                            Long.parseLong(f[1]) / 1000.0,
                            Long.parseLong(f[2]) / 1000.0,
                            Long.parseLong(f[3]) / 1000.0,
                            Long.parseLong(f[4]),
                            Integer.parseInt(f[5]));
                }
            }
        }
        if (child.waitFor() != 0 || outcome == null) {
            throw new IllegalStateException("the steady readers' JVM failed on " + url);
        }
        return outcome;
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        read(url, rate, seconds, new Histogram(3));
        Histogram latency = new Histogram(3);
        int errors = read(url, rate, seconds, latency);
        System.out.printf(
                "LATENCY %d %d %d %d %d%n",
                latency.getValueAtPercentile(50),
                latency.getValueAtPercentile(99),
                latency.getMaxValue(),
                latency.getTotalCount(),
                errors);
    }

    /** Sends {@code rate * seconds} requests, each due 1/rate after the one before; records microseconds from due to answered. */
    private static int read(URI url, int rate, int seconds, Histogram latency) throws InterruptedException {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        for (int r = 0; r < READERS; r++) {
            readers.execute(() -> {
                try (KeptConnection connection = new KeptConnection(url)) {
                    for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        long due = start + n * interval;
                        for (long early = due - System.nanoTime(); early > 0; early = due - System.nanoTime()) {
                            LockSupport.parkNanos(early);
                        }
                        if (connection.get() != 200) {
                            errors.incrementAndGet();
                        }
                        long micros = (System.nanoTime() - due) / 1000;
                        synchronized (latency) {
                            latency.recordValue(micros);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("the feed stopped answering " + url, e);
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return errors.get();
    }
}
