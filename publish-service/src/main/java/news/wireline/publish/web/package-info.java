@NullMarked
package news.wireline.publish.web;

import org.jspecify.annotations.NullMarked;
