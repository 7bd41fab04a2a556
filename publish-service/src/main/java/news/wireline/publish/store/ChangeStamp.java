package news.wireline.publish.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What identifies the stored state behind one reader answer, read without its documents.
 *
 * @param digest  changes whenever anything the answer shows changes: a story written again, a
 *                related story changed or withdrawn, a story entering or leaving a page
 * @param changed when the newest of those changes happened, or null where the store cannot say
 *                (a page a story left records no time for its leaving)
 */
public record ChangeStamp(String digest, @Nullable Instant changed) {}
