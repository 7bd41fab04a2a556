package news.wireline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A link revision's announcement is left out of the published topic's count; a record sent twice is not. */
class LinkRevisionsTest {

    @Test
    void anUpdateAtTheSameVersionWithALaterEnrichmentIsLeftOut() {
        ConsumerRecord<String, byte[]> first = announced(0, "a", 1, "PUBLISHED", "10:00:01Z");
        ConsumerRecord<String, byte[]> revised = announced(1, "a", 1, "UPDATED", "10:00:04Z");
        ConsumerRecord<String, byte[]> corrected = announced(2, "a", 2, "UPDATED", "10:05:00Z");

        assertThat(LinkRevisions.leftOut(List.of(first, revised, corrected))).containsExactly(first, corrected);
    }

    @Test
    void anAnnouncementSentTwiceIsKeptTwice() {
        ConsumerRecord<String, byte[]> first = announced(0, "a", 1, "PUBLISHED", "10:00:01Z");
        ConsumerRecord<String, byte[]> revised = announced(1, "a", 1, "UPDATED", "10:00:04Z");
        ConsumerRecord<String, byte[]> revisedAgain = announced(2, "a", 1, "UPDATED", "10:00:04Z");
        ConsumerRecord<String, byte[]> publishedAgain = announced(3, "a", 1, "PUBLISHED", "10:00:01Z");

        assertThat(LinkRevisions.leftOut(List.of(first, revised, revisedAgain, publishedAgain)))
                .containsExactly(first, revisedAgain, publishedAgain);
    }

    private static ConsumerRecord<String, byte[]> announced(
            long offset, String id, int version, String change, String enrichedAt) {
        String event = """
                {"id": "%s", "version": %d, "change": "%s", "timeline": {"enriched": "2026-12-04T%s"}}""".formatted(id, version, change, enrichedAt);
        return new ConsumerRecord<>(
                "wireline.stories.published", 0, offset, id, event.getBytes(StandardCharsets.UTF_8));
    }
}
