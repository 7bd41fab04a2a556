package news.wireline.ops;

import java.time.Instant;
import java.util.function.Predicate;
import news.wireline.events.Headers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/** The command line of {@link DeadLetterReplay}. */
record ReplayOptions(String bootstrapServers, @Nullable String reason, Instant since, boolean dryRun) {

    static ReplayOptions parse(String[] args) {
        String bootstrap = null;
        String reason = null;
        Instant since = Instant.EPOCH;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-servers" -> bootstrap = value(args, ++i);
                case "--reason" -> reason = value(args, ++i);
                case "--since" -> since = Instant.parse(value(args, ++i));
                case "--dry-run" -> dryRun = true;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --bootstrap-servers HOST:PORT [--reason CODE] [--since ISO-INSTANT] [--dry-run]");
            }
        }
        if (bootstrap == null) {
            throw new IllegalArgumentException("--bootstrap-servers is required");
        }
        return new ReplayOptions(bootstrap, reason, since, dryRun);
    }

    /** Dead letters with this reason code (any when none is given) that failed at or after {@code since}. */
    Predicate<ConsumerRecord<byte[], byte[]>> selection() {
        return record -> record.timestamp() >= since.toEpochMilli()
                && (reason == null || reason.equals(DeadLetterReplay.header(record, Headers.REJECT_CODE)));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
