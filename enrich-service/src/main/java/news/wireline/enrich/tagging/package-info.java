@NullMarked
package news.wireline.enrich.tagging;

import org.jspecify.annotations.NullMarked;
