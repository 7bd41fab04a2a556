package news.wireline.publish.caching;

import news.wireline.publish.PublishSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP caching for everything readers fetch: a short public Cache-Control here, and ETags from the
 * store ({@link NotModified}, called by each reader controller before it reads a story), so a
 * poller that sends If-None-Match gets 304 Not Modified when nothing changed, at the cost of one
 * small query. The live stream and the actuator are left alone.
 */
@Configuration(proxyBeanMethods = false)
class ReaderCaching implements WebMvcConfigurer {

    private static final String[] READER_PATHS = {
        "/", "/feed", "/feed.json", "/feed.atom", "/feed.rss", "/stories/*", "/tags/*", "/story/*", "/tag/*"
    };

    private final PublishSettings settings;

    ReaderCaching(PublishSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor cacheControl = new WebContentInterceptor();
        cacheControl.addCacheMapping(CacheControl.maxAge(settings.cacheMaxAge()).cachePublic(), READER_PATHS);
        registry.addInterceptor(cacheControl).addPathPatterns(READER_PATHS);
    }
}
