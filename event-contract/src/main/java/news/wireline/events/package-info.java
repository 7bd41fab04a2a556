@NullMarked
package news.wireline.events;

import org.jspecify.annotations.NullMarked;
