@NullMarked
package news.wireline.enrich.related;

import org.jspecify.annotations.NullMarked;
