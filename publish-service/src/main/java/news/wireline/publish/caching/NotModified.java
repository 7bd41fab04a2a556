package news.wireline.publish.caching;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import news.wireline.events.StoryId;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.ChangeStamp;
import news.wireline.publish.store.ChangeStamps;
import news.wireline.publish.store.FeedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET for reader URLs, answered from the store's change stamps before anything is
 * read or rendered. Each check sets the {@code ETag} (and, for a story, {@code Last-Modified}) of
 * the answer about to be made; {@code true} means the reader's copy is current and a 304 has been
 * answered, so the controller returns nothing.
 *
 * <p>The ETag is strong: equal stamps give byte-equal answers as long as the format (JSON, ninjs,
 * HTML...), the build and the settings the answer is written with are equal, and all three are
 * part of it. A story's URLs answer JSON and ninjs alike, so those also vary by Accept, 304s included.
 */
@Component
public class NotModified {

    private final ChangeStamps stamps;
    private final Clock clock;
    private final String writtenWith;

    NotModified(ChangeStamps stamps, Clock clock, PublishSettings settings) {
        this.stamps = stamps;
        this.clock = clock;
        // Links, titles and page sizes are written into answers, so instances set up differently never share an ETag.
        this.writtenWith = NotModified.class.getPackage().getImplementationVersion() + "|" + settings;
    }

    /** How an answer is written; part of its ETag, so no two formats of one URL share one. */
    public enum Format {
        PAGE,
        JSON,
        NINJS,
        JSON_FEED,
        ATOM,
        RSS
    }

    /** A live story; one readers cannot see is answered in full, as 404 or 410. */
    public boolean story(ServletWebRequest request, Format format, StoryId id) {
        return check(request, format, "", stamps.story(id), format != Format.PAGE);
    }

    /** A version of a live story. */
    public boolean version(ServletWebRequest request, Format format, StoryId id, int version) {
        return check(request, format, "", stamps.version(id, version), true);
    }

    /** A page of stories; {@code heading} is the tag's name as the store spells it, or null. */
    public boolean page(ServletWebRequest request, Format format, FeedQuery query, @Nullable String heading) {
        return check(request, format, String.valueOf(heading), Optional.of(stamps.page(query)), false);
    }

    private boolean check(
            ServletWebRequest request,
            Format format,
            String heading,
            Optional<ChangeStamp> stamp,
            boolean variesByAccept) {
        if (stamp.isEmpty()) {
            return false;
        }
        if (variesByAccept) {
            Objects.requireNonNull(request.getResponse(), "a servlet request always has its response")
                    .setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        String identity = writtenWith + "|" + heading + "|" + stamp.get().digest();
        String etag = "\"" + format.name().toLowerCase(Locale.ROOT) + "-"
                + DigestUtils.md5DigestAsHex(identity.getBytes(StandardCharsets.UTF_8)) + "\"";
        return request.checkNotModified(etag, lastModified(stamp.get().changed()));
    }

    /**
     * HTTP dates count whole seconds, so a second change within the second of the first would
     * carry the same date: a time is only given once its second is over. No time, no header (-1).
     */
    private long lastModified(@Nullable Instant changed) {
        if (changed == null || !changed.isBefore(clock.instant().truncatedTo(ChronoUnit.SECONDS))) {
            return -1;
        }
        return changed.toEpochMilli();
    }
}
