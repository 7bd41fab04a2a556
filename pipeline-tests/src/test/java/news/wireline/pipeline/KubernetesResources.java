package news.wireline.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yaml.snakeyaml.Yaml;

/** The resources a kustomization lists, read as plain YAML, and what a test looks up in them. */
@SuppressWarnings("unchecked")
final class KubernetesResources {

    private final List<Map<String, Object>> resources;

    private KubernetesResources(List<Map<String, Object>> resources) {
        this.resources = resources;
    }

    static KubernetesResources listedIn(Path directory) throws IOException {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String file : (List<String>)
                OpsQueries.yaml(directory.resolve("kustomization.yaml")).get("resources")) {
            try (Reader in = Files.newBufferedReader(directory.resolve(file))) {
                new Yaml().loadAll(in).forEach(document -> resources.add((Map<String, Object>) document));
            }
        }
        return new KubernetesResources(resources);
    }

    List<Map<String, Object>> all() {
        return resources;
    }

    /** The container's variables: its config maps', then its own; a secret's as "from-the-secret", a pod field as the first pod's. */
    Map<String, String> podEnvironment(String service) {
        Map<String, Object> container = container(service);
        Map<String, String> variables = new HashMap<>();
        for (Map<String, Object> source : (List<Map<String, Object>>) container.getOrDefault("envFrom", List.of())) {
            String name = (String) ((Map<String, Object>) source.get("configMapRef")).get("name");
            variables.putAll((Map<String, String>) named("ConfigMap", name).get("data"));
        }
        for (Map<String, Object> variable : (List<Map<String, Object>>) container.getOrDefault("env", List.of())) {
            Map<String, Object> from = (Map<String, Object>) variable.get("valueFrom");
            String value = from == null
                    ? (String) variable.get("value")
                    : from.containsKey("fieldRef") ? service + "-0" : "from-the-secret";
            variables.put((String) variable.get("name"), value);
        }
        return variables;
    }

    List<String> claimedMounts(String service) {
        List<String> claims = ((List<Map<String, Object>>)
                        spec(workload(service)).get("volumeClaimTemplates"))
                .stream()
                        .map(claim -> (String) ((Map<String, Object>) claim.get("metadata")).get("name"))
                        .toList();
        return ((List<Map<String, Object>>) container(service).get("volumeMounts"))
                .stream()
                        .filter(mount -> claims.contains(mount.get("name")))
                        .map(mount -> (String) mount.get("mountPath"))
                        .toList();
    }

    static Map<String, Object> probe(Map<String, Object> container, String name) {
        return (Map<String, Object>) ((Map<String, Object>) container.get(name)).get("httpGet");
    }

    Map<String, Object> container(String service) {
        List<Map<String, Object>> containers =
                (List<Map<String, Object>>) spec(template(service)).get("containers");
        if (containers.size() != 1) {
            throw new AssertionError(service + " runs " + containers.size() + " containers, not one");
        }
        return containers.get(0);
    }

    Map<String, Object> template(String service) {
        return (Map<String, Object>) spec(workload(service)).get("template");
    }

    Map<String, Object> workload(String service) {
        List<Map<String, Object>> workloads = new ArrayList<>(ofKind("StatefulSet"));
        workloads.addAll(ofKind("Deployment"));
        return workloads.stream().filter(named(service)).findFirst().orElseThrow();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(named(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name));
    }

    private static Predicate<Map<String, Object>> named(String name) {
        return resource -> name.equals(((Map<String, Object>) resource.get("metadata")).get("name"));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream()
                .filter(resource -> kind.equals(resource.get("kind")))
                .toList();
    }

    static Map<String, Object> spec(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("spec");
    }
}
