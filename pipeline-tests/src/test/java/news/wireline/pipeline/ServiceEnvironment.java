package news.wireline.pipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A service's own configuration with a deployment's environment variables laid over it, as Spring
 * Boot in that container would see it: how compose's and Kubernetes's settings are checked
 * against the properties they are meant for.
 */
final class ServiceEnvironment {

    private ServiceEnvironment() {}

    static StandardEnvironment of(String service, Map<String, String> variables) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "deployment-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        yaml.load(service, new ClassPathResource(service + ".yml")).forEach(env.getPropertySources()::addLast);
        yaml.load("defaults", new ClassPathResource("wireline-defaults.yml"))
                .forEach(env.getPropertySources()::addLast);
        return env;
    }
}
