package news.wireline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void countsAThreadThatEndedBetweenTheReadingsInTheProcesssTotal() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        ThreadCpu before = ThreadCpu.read();
        Thread spinner = new Thread(ThreadCpuTest::spinHalfASecond, "spinner-17");
        spinner.start();
        spinner.join();
        awaitGoneFromProc("spinner-17");
        ThreadCpu.Usage usage = ThreadCpu.read().since(before);

        assertThat(usage.groups()).extracting(ThreadCpu.Share::threads).doesNotContain("spinner-17");
        double ended = usage.groups().stream()
                .filter(share -> share.threads().equals("threads that ended"))
                .findFirst()
                .orElseThrow()
                .seconds();
        double process = usage.processSeconds();
        assertThat(ended).isGreaterThan(0.3);
        assertThat(process).isGreaterThanOrEqualTo(ended);
    }

    @Test
    void namesThePoolOfALiveBusyThreadWithItsDigitsFolded() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        ThreadCpu before = ThreadCpu.read();
        Object done = new Object();
        Thread spinner = new Thread(
                () -> {
                    spinHalfASecond();
                    synchronized (done) {
                        try {
                            done.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                },
                "spinner-17");
        spinner.start();
        Thread.sleep(50);
        while (spinner.getState() != Thread.State.WAITING) {
            Thread.sleep(20);
        }
        ThreadCpu.Usage usage = ThreadCpu.read().since(before);
        spinner.interrupt();
        spinner.join();

        assertThat(usage.groups().get(0).threads()).isEqualTo("spinner-N");
        assertThat(usage.groups().get(0).seconds()).isGreaterThan(0.3);
        assertThat(usage.busiest(1)).startsWith("spinner-N ");
    }

    @Test
    void foldsThePoolNumbersOfThreadNamesButNotTheNumbersThatNameAThing() {
        assertThat(ThreadCpu.pool("GC Thread#1")).isEqualTo("GC Thread#N");
        assertThat(ThreadCpu.pool("ingest-raw-0-C-")).isEqualTo("ingest-raw-N-C-");
        assertThat(ThreadCpu.pool("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
        assertThat(ThreadCpu.pool("C1 CompilerThre")).isEqualTo("C1 CompilerThre");
        assertThat(ThreadCpu.pool("kafka-1-raft-io")).isEqualTo("kafka-N-raft-io");
    }

    /** A joined thread's system thread can linger for a moment after Java has let the joiner go. */
    private static void awaitGoneFromProc(String name) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && listed(name)) {
            Thread.sleep(10);
        }
    }

    private static boolean listed(String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.anyMatch(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip().equals(name);
                } catch (IOException ended) {
                    return false;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void spinHalfASecond() {
        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
