package news.wireline.kafka;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a {@link LogReplica} starts reading: the next offset of each partition that a view kept on
 * disk already holds, and how to empty that view when those offsets no longer fit the topic. A
 * partition without an offset (none yet, or added to the topic since) is read from its start.
 *
 * @param offsets   the next offset to read, by partition number
 * @param startOver empties the view, told why; the replica then reads every partition from its start
 */
public record ReplicaStart(Map<Integer, Long> offsets, Consumer<String> startOver) {

    public ReplicaStart {
        offsets = Map.copyOf(offsets);
    }

    /** Nothing kept: every partition is read from its start. */
    public static ReplicaStart fromBeginning() {
        return new ReplicaStart(Map.of(), reason -> {});
    }
}
