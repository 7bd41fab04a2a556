package news.wireline.publish;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service as it runs, on a real port, against the shared test broker and database.
 * Every test class using it shares one application context, its {@link TestClock} and its
 * {@link SiteFixture}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = {PublishApplication.class, TestClock.Replacement.class, SiteFixture.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=publish-service", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface PublishServiceTest {}
