package news.wireline.publish.outbox;

/**
 * A record on the published topic whose outbox-entry header names this store: what it claims to
 * be, and where it is. The claim alone proves nothing, since any producer can write that header;
 * the relay takes it for the entry only if the record carries that entry's story and change.
 *
 * @param seq     the outbox entry the header names
 * @param key     the record's key, the story id it was sent under
 * @param storyId the story id in the record's value
 * @param version the story version in the record's value
 * @param change  the change in the record's value
 */
record FoundEntry(
        long seq, String key, String storyId, int version, String change, String topic, int partition, long offset) {

    /** Whether this record is the event of an outbox entry for {@code storyId} at {@code version} with {@code change}. */
    boolean carries(String entryStoryId, int entryVersion, String entryChange) {
        return key.equals(entryStoryId)
                && storyId.equals(entryStoryId)
                && version == entryVersion
                && change.equals(entryChange);
    }

    String place() {
        return topic + "-" + partition + "@" + offset;
    }

    String claim() {
        return storyId + "@" + version + " " + change;
    }
}
