package news.wireline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a story passed each stage; a stage not yet reached is absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(
        Instant received,
        @Nullable Instant ingested,
        @Nullable Instant enriched,
        @Nullable Instant published) {

    public static Timeline receivedAt(Instant received) {
        return new Timeline(received, null, null, null);
    }

    public Timeline ingestedAt(Instant at) {
        return new Timeline(received, at, enriched, published);
    }

    public Timeline enrichedAt(Instant at) {
        return new Timeline(received, ingested, at, published);
    }

    public Timeline publishedAt(Instant at) {
        return new Timeline(received, ingested, enriched, at);
    }
}
