@NullMarked
package news.wireline.kafka;

import org.jspecify.annotations.NullMarked;
