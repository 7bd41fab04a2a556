@NullMarked
package news.wireline.enrich.terms;

import org.jspecify.annotations.NullMarked;
