@NullMarked
package news.wireline.publish.outbox;

import org.jspecify.annotations.NullMarked;
