package news.wireline.enrich.explain;

import java.util.List;
import news.wireline.enrich.intake.StoryEnricher;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.tagging.TextSpan;
import news.wireline.events.Story;
import news.wireline.events.Tag.TagType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows why a story gets its tags: every tag with the headline and body spans behind it. The
 * event contract has no room for offsets, so this is where editors and the quality report see them.
 * GET with a JSON body is what the endpoint is named for; POST does the same for clients that
 * cannot send a body with GET.
 */
@RestController
class TagExplainController {

    private final StoryEnricher enricher;

    TagExplainController(StoryEnricher enricher) {
        this.enricher = enricher;
    }

    @RequestMapping(
            path = "/tags/explain",
            method = {RequestMethod.GET, RequestMethod.POST},
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ExplainedTags explain(@RequestBody Story story) {
        return new ExplainedTags(
                enricher.explain(story).stream().map(ExplainedTag::of).toList());
    }

    record ExplainedTags(List<ExplainedTag> tags) {}

    /** A tag as in the enriched event, plus {@code evidence}: where the story says it. */
    record ExplainedTag(String name, TagType type, double confidence, int mentions, List<TextSpan> evidence) {

        static ExplainedTag of(TagEvidence tag) {
            return new ExplainedTag(
                    tag.tag().name(),
                    tag.tag().type(),
                    tag.tag().confidence(),
                    tag.tag().mentions(),
                    tag.spans());
        }
    }
}
