package news.wireline.publish.syndication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/); fields not set are left out, as the spec prefers. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            @Nullable String summary,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags,
            @JsonProperty("_wireline") Extension wireline) {}

    record Author(String name) {}

    /** What JSON Feed has no field for; custom extensions start with an underscore. */
    record Extension(int version, int urgency, @Nullable String section, List<Related> related) {}

    record Related(String id, String title, String url) {}
}
