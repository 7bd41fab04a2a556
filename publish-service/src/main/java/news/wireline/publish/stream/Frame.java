package news.wireline.publish.stream;

import java.nio.charset.StandardCharsets;
import news.wireline.events.StoryPublished;
import org.jspecify.annotations.Nullable;

/**
 * What is written to a stream, as bytes made once and shared by every reader it goes to. An event
 * frame keeps its place in the published log and its event, so each reader can pick what it wants;
 * a comment (keep-alive, the reason a stream is cut) has neither.
 *
 * @param position the event's place in the published log, or 0 for a comment
 * @param event    the event, or null for a comment or an event this instance cannot read
 * @param bytes    the frame as sent, or null for an unreadable event: its place is passed over
 */
record Frame(long position, @Nullable StoryPublished event, byte @Nullable [] bytes) {

    static Frame comment(String text) {
        return new Frame(0, null, (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    boolean isEvent() {
        return position > 0;
    }
}
