@NullMarked
package news.wireline.ingest.parse;

import org.jspecify.annotations.NullMarked;
