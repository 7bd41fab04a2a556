@NullMarked
package news.wireline.ingest.access;

import org.jspecify.annotations.NullMarked;
