@NullMarked
package news.wireline.enrich.keywords;

import org.jspecify.annotations.NullMarked;
