/**
 * The live stream, {@code GET /feed/stream}: Server-Sent Events of the published log, to thousands
 * of readers at once, none of whom can hold up another.
 *
 * <p>Public face: {@code StreamController} (the endpoint, the 503 when full) and {@code StreamSettings}.
 *
 * <p>The work flows: {@code StreamHub} admits a reader up to {@code max-streams} and opens a
 * {@code Subscriber} on an async request; each poll it reads the published log once from where the
 * live streams are, makes each entry a {@code Frame} once ({@code Frames}) and queues it on every
 * live subscriber that wants it. A subscriber writes its own queue with non-blocking servlet
 * writes, and is cut with a {@code CutReason} when it stalls or overflows. A reader resuming from
 * an older Last-Event-ID reads the log page by page on {@code CatchUp}'s threads and joins the live
 * streams once it reaches them. {@code StreamMetrics} counts open, cut and refused streams;
 * {@code StreamConnector} sets the connections' send buffer.
 */
@NullMarked
package news.wireline.publish.stream;

import org.jspecify.annotations.NullMarked;
