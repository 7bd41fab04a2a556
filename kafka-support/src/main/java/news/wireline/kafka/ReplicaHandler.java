package news.wireline.kafka;

/** Handles each event a {@link LogReplica} reads, told where in the topic it was, so a view can keep its position with what it holds. */
@FunctionalInterface
public interface ReplicaHandler<V> {

    void handle(String key, V value, int partition, long offset);
}
