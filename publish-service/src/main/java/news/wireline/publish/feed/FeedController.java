package news.wireline.publish.feed;

import java.util.List;
import news.wireline.events.StoryId;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.caching.NotModified;
import news.wireline.publish.caching.NotModified.Format;
import news.wireline.publish.store.FeedQuery;
import news.wireline.publish.store.FeedReader;
import news.wireline.publish.store.ListedStory;
import news.wireline.publish.store.StoredStory;
import news.wireline.publish.store.StoredVersion;
import news.wireline.publish.store.StoryPage;
import news.wireline.publish.store.VersionReader;
import news.wireline.publish.store.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The reader-facing JSON API: the feed newest first, one page at a time, a tag's feed, and single
 * stories. Only live stories are ever shown; a withdrawn one answers 410 Gone, an embargoed one 404.
 * A story's URLs also answer in ninjs ({@code ninjs} package), so their answers vary by Accept.
 */
@RestController
class FeedController {

    private static final int DEFAULT_LIMIT = 20;

    private final FeedReader reader;
    private final VersionReader versions;
    private final PublishSettings settings;
    private final NotModified notModified;

    FeedController(FeedReader reader, VersionReader versions, PublishSettings settings, NotModified notModified) {
        this.reader = reader;
        this.versions = versions;
        this.settings = settings;
        this.notModified = notModified;
    }

    @GetMapping(path = "/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Nullable FeedPage feed(FeedParams params, ServletWebRequest request) {
        FeedQuery query = params.query(DEFAULT_LIMIT, settings.maxPageSize());
        if (notModified.page(request, Format.JSON, query, null)) {
            return null;
        }
        return page(reader.listing(query));
    }

    @GetMapping(path = "/tags/{tag}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Nullable ResponseEntity<TagPage> tag(@PathVariable("tag") String asked, FeedParams params, ServletWebRequest request) {
        String tag = TagName.checked(asked);
        String name = reader.tagName(tag).orElse(null);
        if (name == null) {
            return ResponseEntity.notFound().build();
        }
        FeedQuery query = params.query(DEFAULT_LIMIT, settings.maxPageSize()).withTag(tag);
        if (notModified.page(request, Format.JSON, query, name)) {
            return null;
        }
        FeedPage page = page(reader.listing(query));
        return ResponseEntity.ok(new TagPage(name, page.items(), page.next()));
    }

    @GetMapping(path = "/stories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Nullable ResponseEntity<?> story(@PathVariable String id, ServletWebRequest request) {
        StoryId storyId = FeedCursor.storyId(id);
        if (notModified.story(request, Format.JSON, storyId)) {
            return null;
        }
        StoredStory stored = reader.find(storyId).orElse(null);
        if (stored == null || stored.visibility() == Visibility.EMBARGOED) {
            return ResponseEntity.notFound().build();
        }
        if (stored.visibility() == Visibility.WITHDRAWN) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .varyBy(HttpHeaders.ACCEPT)
                    .body(StoryView.Withdrawn.of(stored));
        }
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).body(StoryView.of(stored, settings));
    }

    /** A version the story had, as announced; gone with the story when it is withdrawn, unknown while it is under embargo. */
    @GetMapping(path = "/stories/{id}/versions/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Nullable ResponseEntity<VersionView> version(@PathVariable String id, @PathVariable int version, ServletWebRequest request) {
        StoryId storyId = FeedCursor.storyId(id);
        if (notModified.version(request, Format.JSON, storyId, version)) {
            return null;
        }
        StoredVersion stored = versions.find(storyId, version).orElse(null);
        if (stored == null || stored.visibility() == Visibility.EMBARGOED) {
            return ResponseEntity.notFound().build();
        }
        if (!stored.readable()) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .varyBy(HttpHeaders.ACCEPT)
                    .build();
        }
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).body(VersionView.of(stored, settings));
    }

    private FeedPage page(StoryPage<ListedStory> page) {
        return new FeedPage(
                page.stories().stream()
                        .map(story -> FeedItem.of(story, settings))
                        .toList(),
                page.next() == null ? null : FeedCursor.encode(page.next()));
    }

    record FeedPage(List<FeedItem> items, @Nullable String next) {}

    record TagPage(
            String tag, List<FeedItem> items, @Nullable String next) {}
}
