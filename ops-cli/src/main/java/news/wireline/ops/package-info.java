@NullMarked
package news.wireline.ops;

import org.jspecify.annotations.NullMarked;
