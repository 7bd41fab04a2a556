package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations pack checked without Docker: compose as Debian's docker-compose reads it, with
 * and without the monitoring profile, the dashboard and Grafana's provisioning (the alert rules:
 * {@link PrometheusRulesTest}). A tool check is skipped where the tool is missing; CI installs them.
 */
class OpsPackTest {

    static final String COMPOSE_ENV = "POSTGRES_PASSWORD=x DESK_KEY_SHA256=y ";

    final ShellCommands shell = ShellCommands.withoutBroker();

    @Test
    void composeFileIsValidWithAndWithoutTheMonitoringProfile() throws Exception {
        shell.assumeOnPath("docker-compose");

        shell.runSuccessfully(COMPOSE_ENV + "docker-compose -f docker-compose.yml config -q");
        ShellCommands.Result monitoring =
                shell.runSuccessfully(COMPOSE_ENV + "docker-compose -f docker-compose.yml --profile monitoring config");

        Map<String, Map<String, Object>> services = services(String.join("\n", monitoring.lines()));
        assertThat(services.get("prometheus").get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(services.get("grafana").get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(services.get("ingest-service")).doesNotContainKey("profiles");
    }

    /** As compose will run it: a published port is {@code ip:host:container/proto}, or a map without an ip. */
    @Test
    void monitoringListensOnTheHostsLoopbackOnlyAndNoManagementPortIsPublished() throws Exception {
        shell.assumeOnPath("docker-compose");

        Map<String, Map<String, Object>> services = services(String.join(
                "\n",
                shell.runSuccessfully(COMPOSE_ENV + "docker-compose -f docker-compose.yml --profile monitoring config")
                        .lines()));

        assertThat(publishedPorts(services.get("prometheus"))).containsExactly("127.0.0.1:9090:9090/tcp");
        assertThat(publishedPorts(services.get("grafana"))).containsExactly("127.0.0.1:3000:3000/tcp");
        assertThat(publishedPorts(services.get("ingest-service"))).containsExactly("8081:8081");
        assertThat(publishedPorts(services.get("publish-service"))).containsExactly("8083:8083");
        assertThat(services.values().stream().flatMap(service -> publishedPorts(service).stream()))
                .noneMatch(port -> port.matches(".*:908[123](/tcp)?"));
    }

    @Test
    void dashboardQueriesTheProvisionedDataSourceInEveryPanel() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build().readTree(OpsQueries.DASHBOARD.toFile());
        Map<String, Object> datasources = OpsQueries.yaml("deploy/grafana/provisioning/datasources/prometheus.yml");
        String uid = String.valueOf(((List<Map<String, Object>>) datasources.get("datasources"))
                .get(0)
                .get("uid"));

        assertThat(dashboard.get("uid").asString()).isEqualTo("wireline-pipeline");
        assertThat(OpsQueries.dashboardExpressions()).hasSize(19).doesNotContain("");
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.get("datasource").get("uid").asString())
                        .as(panel.get("title").asString())
                        .isEqualTo(uid);
            }
        }
    }

    @Test
    void metricNamesAreReadOutOfPromQlLeavingFunctionsLabelsAndKeywordsOut() {
        assertThat(OpsQueries.metricNames("histogram_quantile(0.99, sum by (le, topic) "
                        + "(rate(wireline_stage_processing_seconds_bucket{outcome=\"failure\", topic=~\"a|b\"}[5m])))"))
                .containsExactly("wireline_stage_processing_seconds_bucket");
        assertThat(OpsQueries.metricNames(
                        "wireline:lag:sum > 100 and deriv(wireline:lag:sum[10m]) > 0 or on (group) up == 0"))
                .containsExactly("up", "wireline:lag:sum");
    }

    @Test
    void theDashboardAndTheAlertsReadTheseMetrics() throws IOException {
        assertThat(OpsQueries.scrapedMetrics())
                .containsExactly(
                        "jvm_memory_used_bytes",
                        "process_start_time_seconds",
                        "wireline_consumer_lag_records",
                        "wireline_enrich_revisions_total",
                        "wireline_enrich_revisions_waiting",
                        "wireline_ingest_stories_total",
                        "wireline_publish_embargo_overdue_seconds",
                        "wireline_publish_outbox_oldest_seconds",
                        "wireline_publish_outbox_pending",
                        "wireline_readiness",
                        "wireline_stage_processing_seconds_bucket",
                        "wireline_stage_processing_seconds_count",
                        "wireline_stage_sent_total",
                        "wireline_stage_stuck_records",
                        "wireline_story_age_seconds_bucket");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaLoadsTheDashboardsFromWhereComposeMountsThem() throws IOException {
        Map<String, Object> provider = ((List<Map<String, Object>>)
                        OpsQueries.yaml("deploy/grafana/provisioning/dashboards/wireline.yml")
                                .get("providers"))
                .get(0);
        Map<String, Map<String, Object>> services =
                services(Files.readString(OpsQueries.REPO.resolve("docker-compose.yml")));

        assertThat((List<String>) services.get("grafana").get("volumes"))
                .contains(
                        "./deploy/grafana/dashboards:" + ((Map<String, Object>) provider.get("options")).get("path")
                                + ":ro",
                        "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro");
        assertThat((List<String>) services.get("prometheus").get("volumes"))
                .contains("./deploy/prometheus:/etc/prometheus:ro");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String compose) {
        return (Map<String, Map<String, Object>>)
                new Yaml().<Map<String, Object>>load(compose).get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> publishedPorts(Map<String, Object> service) {
        return ((List<Object>) service.getOrDefault("ports", List.of()))
                .stream()
                        .map(port -> port instanceof Map<?, ?> mapped
                                ? mapped.get("published") + ":" + mapped.get("target")
                                : String.valueOf(port))
                        .toList();
    }
}
