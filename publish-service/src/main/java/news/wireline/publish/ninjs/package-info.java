@NullMarked
package news.wireline.publish.ninjs;

import org.jspecify.annotations.NullMarked;
