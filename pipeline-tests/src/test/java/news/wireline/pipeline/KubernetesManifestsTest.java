package news.wireline.pipeline;

import static news.wireline.pipeline.KubernetesResources.probe;
import static news.wireline.pipeline.KubernetesResources.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.wireline.enrich.corpus.CorpusSettings;
import news.wireline.ingest.ledger.LedgerSettings;
import news.wireline.kafka.WirelineKafkaSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s, checked without a cluster: the fields that matter read as the services' own
 * configuration reads them, with the pod's environment (config map, secrets, downward API) laid over it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class KubernetesManifestsTest {

    static final Path K8S = OpsQueries.REPO.resolve("deploy/k8s");

    KubernetesResources k8s;

    @BeforeAll
    void readTheResourcesTheKustomizationLists() throws IOException {
        k8s = KubernetesResources.listedIn(K8S);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "publish-service"})
    void probesAskTheManagementPortOnThePodsAddressAndNoServiceExposesIt(String service) throws IOException {
        Map<String, Object> container = k8s.container(service);
        StandardEnvironment env = ServiceEnvironment.of(service, k8s.podEnvironment(service));
        int management = Integer.parseInt(env.getProperty("management.server.port"));

        assertThat(env.getProperty("management.server.address")).isEqualTo("0.0.0.0");
        assertThat((List<Map<String, Object>>) container.get("ports"))
                .contains(Map.of("name", "management", "containerPort", management));
        assertThat(probe(container, "startupProbe"))
                .isEqualTo(Map.of("path", "/actuator/health/liveness", "port", "management"));
        assertThat(probe(container, "livenessProbe"))
                .isEqualTo(Map.of("path", "/actuator/health/liveness", "port", "management"));
        assertThat(probe(container, "readinessProbe"))
                .isEqualTo(Map.of("path", "/actuator/health/readiness", "port", "management"));
        assertThat(k8s.template(service).get("metadata"))
                .extracting(metadata -> ((Map<String, Object>) metadata).get("annotations"))
                .isEqualTo(Map.of(
                        "prometheus.io/scrape", "true",
                        "prometheus.io/port", String.valueOf(management),
                        "prometheus.io/path", "/actuator/prometheus"));
        assertThat(k8s.ofKind("Service"))
                .flatExtracting(exposed -> (List<Map<String, Object>>)
                        ((Map<String, Object>) exposed.get("spec")).getOrDefault("ports", List.of()))
                .extracting(port -> port.get("port"))
                .doesNotContain(management);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "publish-service"})
    void everyContainerAsksForCpuAndMemoryAndIsCappedInMemory(String service) {
        Map<String, Object> resources =
                (Map<String, Object>) k8s.container(service).get("resources");

        assertThat((Map<String, Object>) resources.get("requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) resources.get("limits"))
                .containsEntry("memory", ((Map<String, Object>) resources.get("requests")).get("memory"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "publish-service"})
    void aDisruptionTakesAtMostOneInstanceOfEachServiceAtATime(String service) {
        Map<String, Object> budget = k8s.named("PodDisruptionBudget", service);

        assertThat(spec(budget).get("maxUnavailable")).isEqualTo(1);
        assertThat(((Map<String, Object>) spec(budget).get("selector")).get("matchLabels"))
                .isEqualTo(((Map<String, Object>) spec(k8s.workload(service)).get("selector")).get("matchLabels"));
    }

    /** Consumers beyond the partition count sit idle; enrich's each hold ENRICH_CONCURRENCY of them. */
    @Test
    void scalingOfEveryServiceIsBoundedByThePartitions() throws IOException {
        for (String service : List.of("ingest-service", "enrich-service", "publish-service")) {
            StandardEnvironment env = ServiceEnvironment.of(service, k8s.podEnvironment(service));
            int partitions = Binder.get(env)
                    .bind("wireline.kafka", WirelineKafkaSettings.class)
                    .get()
                    .partitions();
            int threads = Integer.parseInt(env.getProperty("spring.kafka.listener.concurrency", "1"));
            Map<String, Object> autoscaler = spec(k8s.named("HorizontalPodAutoscaler", service));
            Map<String, Object> target = (Map<String, Object>) autoscaler.get("scaleTargetRef");

            assertThat(target.get("kind")).isEqualTo(k8s.workload(service).get("kind"));
            assertThat(target.get("name")).isEqualTo(service);
            assertThat(partitions).isEqualTo(6);
            assertThat((int) autoscaler.get("maxReplicas") * threads)
                    .as(service)
                    .isEqualTo(partitions);
        }
    }

    @Test
    void enrichKeepsItsCorpusOnAVolumeOfEachPodsOwnAndTakesItsPodNameAsItsInstanceId() throws IOException {
        StandardEnvironment env = ServiceEnvironment.of("enrich-service", k8s.podEnvironment("enrich-service"));
        CorpusSettings corpus = Binder.get(env)
                .bind("wireline.enrich.corpus", CorpusSettings.class)
                .get();

        assertThat(k8s.workload("enrich-service").get("kind")).isEqualTo("StatefulSet");
        assertThat(k8s.claimedMounts("enrich-service"))
                .containsExactly(corpus.directory().toString());
        assertThat(env.getProperty("spring.kafka.producer.transaction-id-prefix"))
                .isEqualTo("enrich-service-enrich-service-0-");
    }

    @Test
    void publishsRelayTakesItsPodNameInItsTransactionId() throws IOException {
        StandardEnvironment env = ServiceEnvironment.of("publish-service", k8s.podEnvironment("publish-service"));

        assertThat(env.getProperty("wireline.kafka.sender-transaction-id-prefix"))
                .isEqualTo("publish-service-publish-service-0-relay-");
    }

    @Test
    void ingestKeepsItsDecidersStoreOnAVolumeOfEachPodsOwn() throws IOException {
        StandardEnvironment env = ServiceEnvironment.of("ingest-service", k8s.podEnvironment("ingest-service"));
        LedgerSettings ledger = Binder.get(env)
                .bind("wireline.ingest.ledger", LedgerSettings.class)
                .get();

        assertThat(k8s.workload("ingest-service").get("kind")).isEqualTo("StatefulSet");
        assertThat(k8s.claimedMounts("ingest-service"))
                .containsExactly(ledger.stateDir().toString());
    }

    @Test
    void kustomizeRendersEveryResourceIntoTheWirelineNamespace() throws Exception {
        ShellCommands shell = ShellCommands.withoutBroker();
        shell.assumeOnPath("kubectl");

        ShellCommands.Result rendered = shell.run("kubectl kustomize deploy/k8s");

        assertThat(rendered.exitCode()).as(rendered.errors()).isZero();
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml()
                .loadAll(String.join("\n", rendered.lines()))
                .forEach(document -> documents.add((Map<String, Object>) document));
        assertThat(documents).hasSameSizeAs(k8s.all());
        assertThat(documents)
                .filteredOn(document -> !"Namespace".equals(document.get("kind")))
                .extracting(document -> ((Map<String, Object>) document.get("metadata")).get("namespace"))
                .containsOnly("wireline");
    }
}
