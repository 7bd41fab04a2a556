package news.wireline.ingest.parse;

import static news.wireline.events.RejectCode.TOO_LARGE;

import news.wireline.events.StoryRejectedException;

/**
 * One field of a story is longer, or holds more items, than Wireline keeps: a {@code TOO_LARGE}
 * refusal that names the field. Its own type because HTTP answers it {@code 400}, the story being
 * fixable by editing that field, where a story too large as a whole is answered {@code 413}.
 */
public final class FieldTooLarge extends StoryRejectedException {

    public FieldTooLarge(String field, String message) {
        super(TOO_LARGE, field, message);
    }
}
