@NullMarked
package news.wireline.publish.syndication;

import org.jspecify.annotations.NullMarked;
