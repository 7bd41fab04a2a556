package news.wireline.publish.web;

import java.util.HashMap;
import java.util.Map;
import news.wireline.events.StoryId;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.caching.NotModified;
import news.wireline.publish.caching.NotModified.Format;
import news.wireline.publish.feed.FeedCursor;
import news.wireline.publish.feed.FeedParams;
import news.wireline.publish.feed.TagName;
import news.wireline.publish.store.FeedQuery;
import news.wireline.publish.store.FeedReader;
import news.wireline.publish.store.ListedStory;
import news.wireline.publish.store.StoredStory;
import news.wireline.publish.store.StoryPage;
import news.wireline.publish.store.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reader's web pages, rendered on the server: the newest stories at {@code /}, a tag's stories
 * at {@code /tag/{tag}} and a story at {@code /story/{id}}. (The JSON API keeps {@code /tags} and
 * {@code /stories}, so each URL has one representation and caches never mix them up.)
 */
@Controller
class PageController {

    private static final int PAGE_SIZE = 20;

    private final FeedReader reader;
    private final PublishSettings settings;
    private final NotModified notModified;

    PageController(FeedReader reader, PublishSettings settings, NotModified notModified) {
        this.reader = reader;
        this.settings = settings;
        this.notModified = notModified;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView home(FeedParams params, ServletWebRequest request) {
        FeedQuery query = params.query(PAGE_SIZE, settings.maxPageSize());
        if (notModified.page(request, Format.PAGE, query, null)) {
            return null;
        }
        return list(settings.title(), null, reader.listing(query), UriComponentsBuilder.fromPath("/"));
    }

    @GetMapping(path = "/tag/{tag}", produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView tag(@PathVariable("tag") String asked, FeedParams params, ServletWebRequest request) {
        String tag = TagName.checked(asked);
        String name = reader.tagName(tag).orElse(null);
        if (name == null) {
            return missing("No stories are tagged " + tag + ".");
        }
        FeedQuery query = params.query(PAGE_SIZE, settings.maxPageSize()).withTag(tag);
        if (notModified.page(request, Format.PAGE, query, name)) {
            return null;
        }
        return list(
                name,
                name,
                reader.listing(query),
                UriComponentsBuilder.fromPath("/tag/{tag}").uriVariables(Map.of("tag", tag)));
    }

    @GetMapping(path = "/story/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView story(@PathVariable String id, ServletWebRequest request) {
        StoryId storyId = FeedCursor.storyId(id);
        if (notModified.story(request, Format.PAGE, storyId)) {
            return null;
        }
        StoredStory stored = reader.find(storyId).orElse(null);
        if (stored == null || stored.visibility() == Visibility.EMBARGOED) {
            return missing("There is no story here.");
        }
        if (stored.visibility() == Visibility.WITHDRAWN) {
            return page("reader/gone", HttpStatus.GONE, "Story withdrawn", Map.of());
        }
        PageModels.Article article = PageModels.Article.of(stored);
        return page("reader/story", HttpStatus.OK, article.headline(), Map.of("story", article));
    }

    private ModelAndView list(
            String heading, @Nullable String tag, StoryPage<ListedStory> page, UriComponentsBuilder here) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("tag", tag);
        model.put("items", page.stories().stream().map(PageModels.Item::of).toList());
        if (page.next() != null) {
            model.put(
                    "olderHref",
                    here.queryParam("cursor", FeedCursor.encode(page.next()))
                            .encode()
                            .toUriString());
        }
        return page("reader/list", HttpStatus.OK, heading, model);
    }

    private ModelAndView missing(String message) {
        return page("reader/missing", HttpStatus.NOT_FOUND, "Not found", Map.of("message", message));
    }

    private ModelAndView page(String view, HttpStatus status, String title, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("title", title);
        all.put("site", settings.title());
        return new ModelAndView(view, all, status);
    }
}
