@NullMarked
package news.wireline.ingest.intake;

import org.jspecify.annotations.NullMarked;
