@NullMarked
package news.wireline.publish.feed;

import org.jspecify.annotations.NullMarked;
