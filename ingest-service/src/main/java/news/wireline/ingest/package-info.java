@NullMarked
package news.wireline.ingest;

import org.jspecify.annotations.NullMarked;
