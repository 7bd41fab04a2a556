package news.wireline.ingest.intake;

import news.wireline.events.Headers;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryRejectedException;
import news.wireline.events.Topics;
import news.wireline.ingest.access.DeskNames;
import news.wireline.ingest.intake.StoryIntake.RawStory;
import news.wireline.ingest.parse.FieldTooLarge;
import news.wireline.kafka.StoryRecords;
import news.wireline.kafka.TraceIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Wire desks that write to Kafka: each record on the raw topic is one story. A story that is
 * refused throws, and the shared error handler dead-letters it with the reason in its headers.
 */
@Component
class RawStoryListener {

    private final StoryIntake intake;
    private final IngestSettings settings;
    private final TraceIds traceIds;

    RawStoryListener(StoryIntake intake, IngestSettings settings, TraceIds traceIds) {
        this.intake = intake;
        this.settings = settings;
        this.traceIds = traceIds;
    }

    /** The desk's own trace id when it sent a well-formed one, else the trace this record arrived in. */
    private String traceId(ConsumerRecord<String, byte[]> record) {
        return SentTraceId.orElse(StoryRecords.header(record, Headers.TRACE_ID), traceIds.current());
    }

    @KafkaListener(id = "${wireline.ingest.listener-id:ingest-raw}", idIsGroup = false, topics = Topics.RAW_NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        String desk = StoryRecords.header(record, Headers.DESK);
        intake.accept(new RawStory(
                record.value() == null ? new byte[0] : record.value(),
                StoryRecords.header(record, Headers.CONTENT_TYPE),
                desk == null || desk.isBlank() ? settings.kafkaDefaultDesk() : deskName(desk),
                SentStoryId.parse(record.key(), "key"),
                traceId(record),
                Door.KAFKA));
    }

    /** A desk names itself in a header anyone with topic access can write, so its shape is checked before it is stamped on a story. */
    private static String deskName(String desk) {
        if (desk.length() > DeskNames.MAX_LENGTH) {
            throw new FieldTooLarge(
                    Headers.DESK,
                    "header '%s' is %d characters long; a desk name is %s"
                            .formatted(Headers.DESK, desk.length(), DeskNames.RULE));
        }
        if (!DeskNames.isValid(desk)) {
            throw new StoryRejectedException(
                    RejectCode.INVALID_FIELD,
                    Headers.DESK,
                    "header '" + Headers.DESK + "' must be a desk name of " + DeskNames.RULE);
        }
        return desk;
    }
}
