@NullMarked
package news.wireline.runner;

import org.jspecify.annotations.NullMarked;
