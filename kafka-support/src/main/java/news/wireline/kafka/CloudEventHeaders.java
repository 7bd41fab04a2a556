package news.wireline.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.wireline.events.EventAttributes;
import news.wireline.events.Headers;
import news.wireline.events.StoryId;
import news.wireline.events.Topics.Topic;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The CloudEvents 1.0 headers of a story event (Kafka protocol binding, binary mode), built in this
 * one place for every sender: {@link StoryRecords}, and any processor that writes events itself.
 * The record's value stays the event's JSON and its {@code content-type} header the data content type.
 */
public final class CloudEventHeaders {

    private CloudEventHeaders() {}

    /**
     * @param eventId unique per event, and the same on every attempt to send that one event, so a
     *                consumer deduplicating by it drops only true repeats
     */
    public static <V> List<Header> of(Topic<V> topic, StoryId id, V event, String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("story " + id + " event for " + topic.name() + " has no event id");
        }
        Instant time = EventAttributes.time(event);
        List<Header> headers = new ArrayList<>(7);
        add(headers, Headers.CE_SPECVERSION, EventAttributes.SPEC_VERSION);
        add(headers, Headers.CE_ID, eventId);
        add(headers, Headers.CE_SOURCE, EventAttributes.source(topic).toString());
        add(headers, Headers.CE_TYPE, EventAttributes.type(event));
        add(headers, Headers.CE_SUBJECT, id.value());
        if (time != null) {
            add(headers, Headers.CE_TIME, time.toString());
        }
        add(headers, Headers.CE_DATASCHEMA, EventAttributes.dataSchema(topic).toString());
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
