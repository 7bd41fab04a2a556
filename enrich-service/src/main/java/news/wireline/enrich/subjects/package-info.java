@NullMarked
package news.wireline.enrich.subjects;

import org.jspecify.annotations.NullMarked;
