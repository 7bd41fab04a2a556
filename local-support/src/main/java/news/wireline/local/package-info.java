@NullMarked
package news.wireline.local;

import org.jspecify.annotations.NullMarked;
