package news.wireline.publish.ninjs;

import java.util.List;
import news.wireline.events.RelatedLink;
import news.wireline.events.StoryId;
import news.wireline.publish.caching.NotModified;
import news.wireline.publish.caching.NotModified.Format;
import news.wireline.publish.feed.FeedCursor;
import news.wireline.publish.store.FeedReader;
import news.wireline.publish.store.LiveLink;
import news.wireline.publish.store.StoredStory;
import news.wireline.publish.store.StoredVersion;
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
 * The story JSON URLs in IPTC ninjs 3.1, for a client that asks for {@code application/ninjs+json}.
 * The same rules as the JSON answers: an embargoed story is not found, a withdrawn one is gone,
 * here with a canceled item. Both answer with {@code Vary: Accept}, so a shared cache keeps them apart.
 */
@RestController
class NinjsController {

    private static final MediaType NINJS = MediaType.parseMediaType(Ninjs.MEDIA_TYPE);

    private final FeedReader stories;
    private final VersionReader versions;
    private final NinjsDocuments documents;
    private final NotModified notModified;

    NinjsController(FeedReader stories, VersionReader versions, NinjsDocuments documents, NotModified notModified) {
        this.stories = stories;
        this.versions = versions;
        this.documents = documents;
        this.notModified = notModified;
    }

    @GetMapping(path = "/stories/{id}", produces = Ninjs.MEDIA_TYPE)
    @Nullable ResponseEntity<Ninjs> story(@PathVariable String id, ServletWebRequest request) {
        StoryId storyId = FeedCursor.storyId(id);
        if (notModified.story(request, Format.NINJS, storyId)) {
            return null;
        }
        StoredStory stored = stories.find(storyId).orElse(null);
        if (stored == null || stored.visibility() == Visibility.EMBARGOED) {
            return ResponseEntity.notFound().build();
        }
        if (stored.visibility() == Visibility.WITHDRAWN) {
            return gone(documents.canceled(id, stored.story().version(), stored.withdrawnAt()));
        }
        List<RelatedLink> related =
                stored.related().stream().map(NinjsController::link).toList();
        return ResponseEntity.ok()
                .contentType(NINJS)
                .varyBy(HttpHeaders.ACCEPT)
                .body(documents.usable(stored.story(), related, stored.updatedAt()));
    }

    @GetMapping(path = "/stories/{id}/versions/{version}", produces = Ninjs.MEDIA_TYPE)
    @Nullable ResponseEntity<Ninjs> version(@PathVariable String id, @PathVariable int version, ServletWebRequest request) {
        StoryId storyId = FeedCursor.storyId(id);
        if (notModified.version(request, Format.NINJS, storyId, version)) {
            return null;
        }
        StoredVersion stored = versions.find(storyId, version).orElse(null);
        if (stored == null || stored.visibility() == Visibility.EMBARGOED) {
            return ResponseEntity.notFound().build();
        }
        if (!stored.readable()) {
            return gone(documents.canceled(id, version, null));
        }
        return ResponseEntity.ok()
                .contentType(NINJS)
                .varyBy(HttpHeaders.ACCEPT)
                .body(documents.usable(stored.story(), stored.story().related(), stored.storedAt()));
    }

    private static ResponseEntity<Ninjs> gone(Ninjs canceled) {
        return ResponseEntity.status(HttpStatus.GONE)
                .contentType(NINJS)
                .varyBy(HttpHeaders.ACCEPT)
                .body(canceled);
    }

    private static RelatedLink link(LiveLink link) {
        return new RelatedLink(link.id(), link.headline(), link.score(), link.sharedTags());
    }
}
