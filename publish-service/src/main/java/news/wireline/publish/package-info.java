@NullMarked
package news.wireline.publish;

import org.jspecify.annotations.NullMarked;
