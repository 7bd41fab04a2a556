package news.wireline.publish.syndication;

import news.wireline.events.Story;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.LiveLink;
import news.wireline.publish.store.StoredStory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A story's body as HTML for feed readers. Story text only ever enters as text nodes, so markup in
 * a headline or paragraph arrives as visible characters; the result is then cleaned against jsoup's
 * basic safelist, so no script, event handler or foreign link scheme can reach a feed whatever the text.
 */
final class StoryHtml {

    private StoryHtml() {}

    static String of(StoredStory stored, PublishSettings settings) {
        Story story = stored.story().story();
        Element body = Document.createShell(settings.publicUrl()).body();
        for (Story.Image image : story.images()) {
            Element figure = body.appendElement("p");
            figure.appendElement("em").text(image.caption() == null ? "" : image.caption());
            if (image.credit() != null) {
                figure.appendText(" (" + image.credit() + ")");
            }
        }
        if (story.byline() != null && !story.byline().authors().isEmpty()) {
            body.appendElement("p")
                    .appendElement("strong")
                    .text("By " + String.join(", ", story.byline().authors()));
        }
        story.body().forEach(paragraph -> body.appendElement("p").text(paragraph));
        if (!stored.related().isEmpty()) {
            body.appendElement("p").appendElement("strong").text("Related");
            Element list = body.appendElement("ul");
            for (LiveLink link : stored.related()) {
                list.appendElement("li")
                        .appendElement("a")
                        .attr("href", settings.pageUrl(link.id().value()))
                        .text(link.headline());
            }
        }
        return Jsoup.clean(body.html(), settings.publicUrl(), Safelist.basic());
    }
}
