@NullMarked
package news.wireline.publish.caching;

import org.jspecify.annotations.NullMarked;
