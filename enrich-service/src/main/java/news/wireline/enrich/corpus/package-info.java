@NullMarked
package news.wireline.enrich.corpus;

import org.jspecify.annotations.NullMarked;
