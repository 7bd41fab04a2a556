package news.wireline.ingest.intake;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.wireline.events.RejectCode;
import news.wireline.events.StoryId;
import news.wireline.events.StoryRejectedException;
import news.wireline.ingest.access.DeskAccessSettings;
import news.wireline.ingest.parse.ParsedStory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which story a piece of copy is. Every id lives in its desk's namespace, {@code <desk>:<id>}, so
 * two agencies that both number a story "1234" cannot collide. An id the desk gives (the
 * {@code X-Wireline-Story-Id} header, the raw record's key, a ninjs uri, a NewsML-G2 guid) is put in
 * the sender's namespace unless it is already there; an id in another known desk's namespace is
 * refused as that desk's story. With no id given, one is derived from desk and headline, so re-sends
 * and corrections of the same story land on the same id.
 */
@Component
class StoryIdentity {

    private final Set<String> knownDesks;

    StoryIdentity(DeskAccessSettings access, IngestSettings settings) {
        this.knownDesks = Stream.concat(
                        access.desks().stream().map(DeskAccessSettings.Desk::name),
                        Stream.of(settings.kafkaDefaultDesk()))
                .collect(Collectors.toUnmodifiableSet());
    }

    StoryId of(@Nullable StoryId given, String desk, ParsedStory parsed) {
        if (given != null) {
            return inNamespace(given.value(), desk);
        }
        if (parsed.externalId() != null && !parsed.externalId().isBlank()) {
            return inNamespace(parsed.externalId().strip(), desk);
        }
        return StoryId.derive(desk, parsed.story().headline());
    }

    private StoryId inNamespace(String given, String desk) {
        String namespace = namespaceOf(given);
        if (desk.equals(namespace)) {
            return StoryId.of(given);
        }
        if (namespace != null && knownDesks.contains(namespace)) {
            throw new StoryRejectedException(
                    RejectCode.NOT_OWNER,
                    "id",
                    "story id " + given + " is in desk " + namespace
                            + "'s namespace; desk " + desk + " may not send versions, corrections or kills of it."
                            + " Send your own story under an id of your own.");
        }
        String qualified = desk + StoryId.NAMESPACE_SEPARATOR + given;
        return StoryId.isValid(qualified) ? StoryId.of(qualified) : StoryId.derive(desk, given);
    }

    /** The namespace an id claims, if it has the shape of one; {@code urn:...} is then a namespace no desk holds. */
    private static @Nullable String namespaceOf(String given) {
        return StoryId.isValid(given) ? StoryId.of(given).namespace() : null;
    }
}
