@NullMarked
package news.wireline.enrich.explain;

import org.jspecify.annotations.NullMarked;
