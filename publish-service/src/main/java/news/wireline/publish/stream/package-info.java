@NullMarked
package news.wireline.publish.stream;

import org.jspecify.annotations.NullMarked;
