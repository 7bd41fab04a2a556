package news.wireline.publish.ninjs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An IPTC ninjs 3.1 news item: the parts of the standard Wireline fills. Empty parts are left out,
 * as the standard asks of optional properties.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Ninjs(
        String uri,
        String type,
        String version,
        @Nullable Instant versionCreated,
        String pubStatus,
        @Nullable Integer urgency,
        @Nullable String language,
        List<AltId> altIds,
        @Nullable String by,
        List<Text> headlines,
        List<Text> bodies,
        List<Subject> subjects,
        List<Named> people,
        List<Named> places,
        List<Named> organisations,
        List<Association> associations) {

    static final String MEDIA_TYPE = "application/ninjs+json";

    /** A headline, body or description: its role, the media type of its value, and the value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String role, String contentType, String value) {

        static Text plain(String role, String value) {
            return new Text(role, "text/plain", value);
        }
    }

    record AltId(String role, String value) {}

    /** An IPTC Media Topic the story is about: its label, its code as a literal and its concept URI. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subject(
            String name,
            String rel,
            @Nullable String uri,
            @Nullable String literal,
            Integer confidence) {}

    /** A person, place or organisation the story mentions. */
    record Named(String name, String rel) {}

    /** An image or a related story, attached to this item. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Association(
            String name,
            String rel,
            String uri,
            String type,
            @Nullable String by,
            List<Text> headlines,
            List<Text> descriptions) {}
}
