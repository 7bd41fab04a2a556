package news.wireline.publish.web;

import java.util.HashMap;
import java.util.Map;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.feed.FeedCursor;
import news.wireline.publish.feed.FeedParams;
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

    PageController(FeedReader reader, PublishSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView home(FeedParams params) {
        FeedQuery query = params.query(PAGE_SIZE, settings.maxPageSize());
        return list(settings.title(), null, reader.listing(query), UriComponentsBuilder.fromPath("/"));
    }

    @GetMapping(path = "/tag/{tag}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView tag(@PathVariable String tag, FeedParams params) {
        return reader.tagName(tag)
                .map(name -> list(
                        name,
                        name,
                        reader.listing(
                                params.query(PAGE_SIZE, settings.maxPageSize()).withTag(tag)),
                        UriComponentsBuilder.fromPath("/tag/{tag}").uriVariables(Map.of("tag", tag))))
                .orElseGet(() -> missing("No stories are tagged " + tag + "."));
    }

    @GetMapping(path = "/story/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView story(@PathVariable String id) {
        StoredStory stored = reader.find(FeedCursor.storyId(id)).orElse(null);
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
