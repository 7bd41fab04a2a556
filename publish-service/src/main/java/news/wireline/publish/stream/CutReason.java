package news.wireline.publish.stream;

import java.nio.charset.StandardCharsets;

/** Why a stream was cut: the last frame it is sent, and the tag of the count of cut streams. */
enum CutReason {
    STALLED("stalled", "the reader took nothing for a heartbeat"),
    QUEUE_FULL("queue-full", "the reader fell too far behind the live stream");

    private final String tag;
    private final String sentence;

    CutReason(String tag, String sentence) {
        this.tag = tag;
        this.sentence = sentence;
    }

    String tag() {
        return tag;
    }

    /** An event of its own, with no id, so a reader reconnecting sends the Last-Event-ID of the last story event. */
    Frame frame() {
        String data = "{\"reason\":\"" + tag + "\",\"message\":\"" + sentence
                + "; reconnect with Last-Event-ID to be sent what followed\"}";
        return new Frame(0, null, ("event: cut\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
