package news.wireline.ingest.intake;

import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.kafka.StoryRecords;
import news.wireline.kafka.TraceIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Wire desks that write to Kafka: each record on the raw topic is one story. A story that is
 * refused throws, and the shared error handler dead-letters it with the reason in its headers.
 */
@Component
class RawStoryListener {

    /** A desk names itself in a header anyone with topic access can write, so its shape is checked before it is stamped on a story. */
    private static final Pattern DESK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    private final StoryIntake intake;
    private final IngestSettings settings;
    private final TraceIds traceIds;

    RawStoryListener(StoryIntake intake, IngestSettings settings, TraceIds traceIds) {
        this.intake = intake;
        this.settings = settings;
        this.traceIds = traceIds;
    }

    /** The desk's own trace id when it sent one, else the trace this record arrived in. */
    private String traceId(ConsumerRecord<String, byte[]> record) {
        String sent = StoryRecords.header(record, Headers.TRACE_ID);
        return sent != null ? sent : traceIds.current();
    }

    @KafkaListener(id = "${wireline.ingest.listener-id:ingest-raw}", idIsGroup = false, topics = Topics.RAW_NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        String desk = StoryRecords.header(record, Headers.DESK);
        intake.accept(new RawStory(record.value() == null ? new byte[0] : record.value(),
                StoryRecords.header(record, Headers.CONTENT_TYPE),
                desk == null || desk.isBlank() ? settings.kafkaDefaultDesk() : deskName(desk),
                record.key() == null ? null : storyId(record.key()), traceId(record), "kafka"));
    }

    private static String deskName(String desk) {
        if (!DESK_NAME.matcher(desk).matches()) {
            throw new StoryRejectedException(RejectCode.INVALID_FIELD, Headers.DESK,
                    "header '" + Headers.DESK + "' must be a desk name of 1-64 letters, digits, spaces, '.', '_' or '-'");
        }
        return desk;
    }

    private static StoryId storyId(String key) {
        try {
            return StoryId.of(key);
        } catch (IllegalArgumentException e) {
            throw new StoryRejectedException(RejectCode.INVALID_FIELD, "key", e.getMessage());
        }
    }
}
