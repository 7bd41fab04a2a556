package news.wireline.publish.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What guards every public URL of publish, whatever its controller: the security headers first,
 * so even a refusal carries them, then the refusal of request bodies.
 */
@Configuration(proxyBeanMethods = false)
class ReaderProtection {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NoRequestBodies> noRequestBodies() {
        FilterRegistrationBean<NoRequestBodies> registration = new FilterRegistrationBean<>(new NoRequestBodies());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
