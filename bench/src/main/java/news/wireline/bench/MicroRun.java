package news.wireline.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link MicroBenchmarks} in one forked JVM and adds each average to the report. */
final class MicroRun {

    private MicroRun() {}

    static void run(BenchSettings settings, Report report) throws Exception {
        Bench.progress("6. JMH: parser, tagger, related lookup");
        Options options = new OptionsBuilder()
                .include(MicroBenchmarks.class.getName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(settings.jmhSeconds()))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(settings.jmhSeconds()))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult result : results) {
            String name = result.getParams()
                    .getBenchmark()
                    .substring(MicroBenchmarks.class.getName().length() + 1);
            double mean = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            Bench.progress("  %s: %.1f ± %.1f us", name, mean, error);
            report.add(
                    "JMH " + name + ", per story",
                    "",
                    String.format(Locale.ROOT, "%,.1f us ± %,.1f", mean, error),
                    "1 fork, 2 warm-up + 3 measured iterations of " + settings.jmhSeconds() + " s"
                            + (name.equals("relatedLookup")
                                    ? ", corpus of " + MicroBenchmarks.CORPUS + " stories"
                                    : ""));
        }
    }
}
