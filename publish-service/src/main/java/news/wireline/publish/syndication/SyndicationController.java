package news.wireline.publish.syndication;

import java.util.List;
import java.util.Optional;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.caching.NotModified;
import news.wireline.publish.caching.NotModified.Format;
import news.wireline.publish.feed.FeedParams;
import news.wireline.publish.store.FeedQuery;
import news.wireline.publish.store.FeedReader;
import news.wireline.publish.store.StoredStory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The newest stories as JSON Feed 1.1, Atom 1.0 and RSS 2.0, for feed readers and aggregators.
 * Each takes the same filters as the JSON feed ({@code ?tag=} foremost); each item links to the
 * story's web page, carries its tags and the related stories that are live.
 */
@RestController
class SyndicationController {

    static final String JSON_FEED = "application/feed+json;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String RSS = "application/rss+xml;charset=UTF-8";

    private final FeedReader reader;
    private final PublishSettings settings;
    private final NotModified notModified;

    SyndicationController(FeedReader reader, PublishSettings settings, NotModified notModified) {
        this.reader = reader;
        this.settings = settings;
        this.notModified = notModified;
    }

    @GetMapping(path = "/feed.json", produces = JSON_FEED)
    @Nullable JsonFeed jsonFeed(FeedParams params, ServletWebRequest request) {
        FeedQuery query = query(params);
        if (notModified.page(request, Format.JSON_FEED, query, null)) {
            return null;
        }
        List<JsonFeed.Item> items =
                reader.page(query).stories().stream().map(this::item).toList();
        return new JsonFeed(
                JsonFeed.VERSION,
                Syndication.title(settings, query.tag()),
                home(query),
                selfUrl("/feed.json", query),
                "Stories from " + Syndication.title(settings, query.tag()) + ", newest first",
                items);
    }

    @GetMapping(path = "/feed.atom", produces = ATOM)
    @Nullable String atom(FeedParams params, ServletWebRequest request) {
        FeedQuery query = query(params);
        if (notModified.page(request, Format.ATOM, query, null)) {
            return null;
        }
        return RomeFeeds.write(
                RomeFeeds.ATOM, reader.page(query).stories(), query.tag(), selfUrl("/feed.atom", query), settings);
    }

    @GetMapping(path = "/feed.rss", produces = RSS)
    @Nullable String rss(FeedParams params, ServletWebRequest request) {
        FeedQuery query = query(params);
        if (notModified.page(request, Format.RSS, query, null)) {
            return null;
        }
        return RomeFeeds.write(
                RomeFeeds.RSS, reader.page(query).stories(), query.tag(), selfUrl("/feed.rss", query), settings);
    }

    /** Feed documents hold the newest stories only; older ones are in the paged JSON feed. */
    private FeedQuery query(FeedParams params) {
        FeedQuery query = params.query(settings.feedSize(), settings.feedSize());
        return new FeedQuery(query.tag(), query.section(), query.since(), query.urgent(), null, query.limit());
    }

    private JsonFeed.Item item(StoredStory stored) {
        StoryEnriched story = stored.story();
        String id = story.id().value();
        List<JsonFeed.Related> related = stored.related().stream()
                .map(link -> new JsonFeed.Related(
                        link.id().value(),
                        link.headline(),
                        settings.pageUrl(link.id().value())))
                .toList();
        return new JsonFeed.Item(
                settings.pageUrl(id),
                settings.pageUrl(id),
                story.story().headline(),
                StoryHtml.of(stored, settings),
                Syndication.summary(stored),
                stored.publishedAt(),
                stored.updatedAt(),
                Syndication.authors(story).stream().map(JsonFeed.Author::new).toList(),
                story.tags().stream().map(Tag::name).toList(),
                new JsonFeed.Extension(
                        story.version(),
                        story.release().urgency(),
                        story.story().section(),
                        related));
    }

    private String home(FeedQuery query) {
        return query.tag() == null ? settings.publicUrl() + "/" : settings.tagPageUrl(query.tag());
    }

    /** The feed's own address on the public host with the filters it applied, so a subscriber comes back to exactly this feed. */
    private String selfUrl(String path, FeedQuery query) {
        return UriComponentsBuilder.fromUriString(settings.publicUrl() + path)
                .queryParamIfPresent("tag", Optional.ofNullable(query.tag()))
                .queryParamIfPresent("section", Optional.ofNullable(query.section()))
                .queryParamIfPresent("since", Optional.ofNullable(query.since()))
                .queryParamIfPresent("urgent", Optional.ofNullable(query.urgent()))
                .encode()
                .toUriString();
    }
}
