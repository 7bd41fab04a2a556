@NullMarked
package news.wireline.publish.store;

import org.jspecify.annotations.NullMarked;
