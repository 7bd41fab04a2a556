@NullMarked
package news.wireline.enrich;

import org.jspecify.annotations.NullMarked;
