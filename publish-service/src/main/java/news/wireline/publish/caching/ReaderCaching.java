package news.wireline.publish.caching;

import news.wireline.publish.PublishSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * HTTP caching for everything readers fetch: a strong ETag from the body, so a poller that sends
 * If-None-Match gets 304 Not Modified when nothing changed, and a short public Cache-Control. The
 * live stream and the actuator are left alone.
 */
@Configuration(proxyBeanMethods = false)
class ReaderCaching implements WebMvcConfigurer {

    /** Servlet filter mappings and MVC path patterns agree on these forms: exact paths and "prefix/*". */
    private static final String[] READER_PATHS = {
        "/", "/feed", "/feed.json", "/feed.atom", "/feed.rss", "/stories/*", "/tags/*", "/story/*", "/tag/*"
    };

    private final PublishSettings settings;

    ReaderCaching(PublishSettings settings) {
        this.settings = settings;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> readerEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(READER_PATHS);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor cacheControl = new WebContentInterceptor();
        cacheControl.addCacheMapping(CacheControl.maxAge(settings.cacheMaxAge()).cachePublic(), READER_PATHS);
        registry.addInterceptor(cacheControl).addPathPatterns(READER_PATHS);
    }
}
