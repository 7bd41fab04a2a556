package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus as promtool reads it: the rules and the configuration valid, and the rules'
 * unit tests (deploy/prometheus/alerts-test.yml) passing; and every alert's runbook in
 * docs/operations.md. The promtool checks are skipped where it is missing; CI installs it.
 */
class PrometheusRulesTest {

    final ShellCommands shell = ShellCommands.withoutBroker();

    @Test
    void alertRulesAndPrometheusConfigPassPromtool() throws Exception {
        shell.assumeOnPath("promtool");

        assertThat(shell.runSuccessfully("promtool check rules deploy/prometheus/alerts.yml")
                        .lines())
                .contains("  SUCCESS: 9 rules found");
        shell.runSuccessfully("promtool check config deploy/prometheus/prometheus.yml");
    }

    @Test
    void everyAlertFiresOnTheSeriesItIsMeantForAndStaysQuietOnHealthyOnes() throws Exception {
        shell.assumeOnPath("promtool");

        ShellCommands.Result tested = shell.runSuccessfully("promtool test rules deploy/prometheus/alerts-test.yml");

        assertThat(tested.lines()).contains("  SUCCESS");
        assertThat(Files.readString(OpsQueries.REPO.resolve("deploy/prometheus/alerts-test.yml")))
                .contains(
                        "alertname: WirelineStageStuck",
                        "alertname: WirelineConsumerLagGrowing",
                        "alertname: WirelineDeadLetters",
                        "alertname: WirelineEmbargoReleasedLate",
                        "alertname: WirelineOutboxBacklog",
                        "alertname: WirelineNotReady",
                        "alertname: WirelineInstanceDown",
                        "alertname: WirelineRestarting");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasItsRunbookSectionInTheOperationsGuide() throws IOException {
        String guide = Files.readString(OpsQueries.REPO.resolve("docs/operations.md"));
        List<Map<String, Object>> alerts = OpsQueries.rules().stream()
                .filter(rule -> rule.containsKey("alert"))
                .toList();

        assertThat(alerts).hasSize(8);
        for (Map<String, Object> alert : alerts) {
            String name = (String) alert.get("alert");
            assertThat(((Map<String, Object>) alert.get("annotations")).get("runbook"))
                    .isEqualTo("docs/operations.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(guide).contains("\n### " + name + "\n", "| `" + name + "` |");
        }
    }
}
