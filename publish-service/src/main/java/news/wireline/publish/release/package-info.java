@NullMarked
package news.wireline.publish.release;

import org.jspecify.annotations.NullMarked;
