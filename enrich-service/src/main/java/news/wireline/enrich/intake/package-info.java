@NullMarked
package news.wireline.enrich.intake;

import org.jspecify.annotations.NullMarked;
