@NullMarked
package news.wireline.publish.intake;

import org.jspecify.annotations.NullMarked;
