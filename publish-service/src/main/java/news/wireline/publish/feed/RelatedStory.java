package news.wireline.publish.feed;

import java.util.List;
import news.wireline.publish.PublishSettings;
import news.wireline.publish.store.LiveLink;

/** A related story as readers see it inline: its current headline, why it is related, and where it is. */
record RelatedStory(String id, String headline, double score, List<String> sharedTags, String url) {

    static RelatedStory of(LiveLink link, PublishSettings settings) {
        return new RelatedStory(
                link.id().value(),
                link.headline(),
                link.score(),
                link.sharedTags(),
                settings.storyUrl(link.id().value()));
    }
}
