package news.wireline.publish.syndication;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import news.wireline.events.StoryEnriched;
import news.wireline.events.Tag;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.LiveLink;
import news.wireline.publish.store.StoredStory;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/** Atom 1.0 and RSS 2.0 documents written by Rome from one neutral description of the feed. */
final class RomeFeeds {

    static final String ATOM = "atom_1.0";
    static final String RSS = "rss_2.0";
    /** Wireline's extension elements; neither format has a place for a story's urgency. */
    static final Namespace WIRELINE = Namespace.getNamespace("wireline", "urn:wireline:feed");

    private RomeFeeds() {}

    static String write(
            String type, List<StoredStory> stories, @Nullable String tag, String selfUrl, PublishSettings settings) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setEncoding("UTF-8");
        feed.setTitle(Syndication.title(settings, tag));
        feed.setDescription("Stories from " + Syndication.title(settings, tag) + ", newest first");
        feed.setLink(tag == null ? settings.publicUrl() + "/" : settings.tagPageUrl(tag));
        feed.setUri(selfUrl);
        feed.setLinks(List.of(link("self", selfUrl, null), link("alternate", feed.getLink(), null)));
        feed.setPublishedDate(Date.from(Syndication.updated(stories)));
        feed.setEntries(
                stories.stream().map(story -> entry(type, story, settings)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write a " + type + " feed", e);
        }
    }

    private static SyndEntry entry(String type, StoredStory stored, PublishSettings settings) {
        StoryEnriched story = stored.story();
        String page = settings.pageUrl(story.id().value());
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(page);
        entry.setTitle(story.story().headline());
        entry.setLink(page);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", page, null));
        for (LiveLink related : stored.related()) {
            links.add(link("related", settings.pageUrl(related.id().value()), related.headline()));
        }
        entry.setLinks(links);
        entry.setPublishedDate(Date.from(stored.publishedAt()));
        entry.setUpdatedDate(Date.from(stored.updatedAt()));
        List<String> authors = Syndication.authors(story);
        entry.setAuthors(authors.stream().map(RomeFeeds::person).toList());
        if (type.equals(RSS)) {
            // RSS's own author element must be an e-mail address; names go in dc:creator instead.
            ((DCModule) entry.getModule(DCModule.URI)).setCreators(authors);
        }
        entry.setCategories(
                story.tags().stream().map(tag -> category(tag, settings)).toList());
        String summary = Syndication.summary(stored);
        if (summary != null) {
            // RSS readers take a description as HTML, so the text is escaped for HTML before Rome escapes it for XML.
            entry.setDescription(
                    type.equals(RSS) ? content("html", Entities.escape(summary)) : content("text", summary));
        }
        entry.setContents(List.of(content("html", StoryHtml.of(stored, settings))));
        entry.setForeignMarkup(List.of(new Element("urgency", WIRELINE)
                .setText(Integer.toString(story.release().urgency()))));
        return entry;
    }

    private static SyndLink link(String rel, String href, @Nullable String title) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setTitle(title);
        return link;
    }

    /** The scheme is where tag pages live: a category's term appended to it is the page of every story with that tag. */
    private static SyndCategory category(Tag tag, PublishSettings settings) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(tag.name());
        category.setTaxonomyUri(settings.publicUrl() + "/tag/");
        return category;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }
}
