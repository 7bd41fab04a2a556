package news.wireline.enrich.explain;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The body limit in front of {@code /tags/explain}, enrich's only public endpoint. */
@Configuration(proxyBeanMethods = false)
class ExplainConfiguration {

    @Bean
    FilterRegistrationBean<BoundedBody> explainBodyLimit(ExplainSettings settings) {
        FilterRegistrationBean<BoundedBody> registration = new FilterRegistrationBean<>(
                new BoundedBody((int) settings.maxBody().toBytes()));
        registration.addUrlPatterns("/tags/explain");
        return registration;
    }
}
