/** What every answer of the read side carries or refuses: security headers, and no request bodies. */
@NullMarked
package news.wireline.publish.security;

import org.jspecify.annotations.NullMarked;
