package news.wireline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's wrk, a second process, as the feed's reader: a few connections back to back for a
 * fixed time, its latency distribution parsed from {@code --latency}.
 */
final class Wrk {

    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    record Outcome(double p50Millis, double p99Millis, double requestsPerSecond, int errors, String raw) {}

    static boolean installed() {
        return new java.io.File("/usr/bin/wrk").canExecute();
    }

    static Outcome run(String url, int connections, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(
                        List.of("/usr/bin/wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency", url))
                .redirectErrorStream(true)
                .start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Outcome parse(String output) {
        double p50 = -1;
        double p99 = -1;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2))
                    * switch (percentile.group(3)) {
                        case "us" -> 0.001;
                        case "s" -> 1000;
                        default -> 1;
                    };
            if (percentile.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        Matcher rate = RATE.matcher(output);
        Matcher errors = ERRORS.matcher(output);
        return new Outcome(
                p50,
                p99,
                rate.find() ? Double.parseDouble(rate.group(1)) : -1,
                errors.find() ? Integer.parseInt(errors.group(1)) : 0,
                output);
    }
}
