package news.wireline.publish.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import news.wireline.events.StoryPublished;
import news.wireline.publish.outbox.PublishedEntry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Published log entries as Server-Sent Events: the change as the event's name, its place as its id. */
@Component
class Frames {

    private final JsonMapper json;

    Frames(JsonMapper json) {
        this.json = json;
    }

    List<Frame> of(List<PublishedEntry> entries) {
        return entries.stream().map(this::of).toList();
    }

    private Frame of(PublishedEntry entry) {
        if (!entry.readable()) {
            return new Frame(entry.position(), null, null);
        }
        // Compact JSON has no line breaks (those inside strings are escaped), so it is one data line.
        StoryPublished event = Objects.requireNonNull(entry.event(), "a readable entry has its event");
        ByteArrayOutputStream frame = new ByteArrayOutputStream(1024);
        frame.writeBytes(
                ("id: " + entry.position() + "\nevent: " + event.change().name().toLowerCase(Locale.ROOT) + "\ndata: ")
                        .getBytes(StandardCharsets.UTF_8));
        frame.writeBytes(json.writeValueAsBytes(event));
        frame.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        return new Frame(entry.position(), event, frame.toByteArray());
    }
}
