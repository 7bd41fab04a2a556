package news.wireline.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL the ops pack runs, from the Grafana dashboard and the Prometheus alert rules, and the
 * metric names it reads: each must be one the services expose, or a panel or an alert stays blank
 * without anyone noticing.
 */
final class OpsQueries {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path DASHBOARD = REPO.resolve("deploy/grafana/dashboards/wireline.json");
    static final Path ALERTS = REPO.resolve("deploy/prometheus/alerts.yml");

    /** Series Prometheus makes itself rather than scraping them. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern MATCHERS_AND_RANGES = Pattern.compile("\\{[^}]*}|\\[[^\\]]*]");
    /** Possessive, so "rate(" is not read as the name "rat". */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");

    private OpsQueries() {}

    /** A YAML file of the repository, by its path there. */
    static Map<String, Object> yaml(String path) throws IOException {
        return yaml(REPO.resolve(path));
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return new Yaml().load(in);
        }
    }

    static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel :
                JsonMapper.builder().build().readTree(DASHBOARD.toFile()).get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        return expressions;
    }

    /** Alert and recording rules' expressions alike. */
    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> rule : rules()) {
            expressions.add(String.valueOf(rule.get("expr")));
        }
        return expressions;
    }

    /** Every rule of deploy/prometheus/alerts.yml, in every group. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group :
                (List<Map<String, Object>>) yaml(ALERTS).get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    /** Every metric the dashboard and the alerts read from the services, recorded series (with a colon) left out. */
    static Set<String> scrapedMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        List<String> all = new ArrayList<>(dashboardExpressions());
        all.addAll(alertExpressions());
        all.forEach(expression -> names.addAll(metricNames(expression)));
        names.removeIf(name -> name.contains(":") || PROMETHEUS_OWN.contains(name));
        return names;
    }

    /** The series names an expression selects: what is left once strings, label lists, matchers and ranges are gone. */
    static Set<String> metricNames(String expression) {
        String bare = MATCHERS_AND_RANGES
                .matcher(GROUPING.matcher(STRING.matcher(expression).replaceAll("\"\""))
                        .replaceAll(" "))
                .replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            if (!KEYWORDS.contains(name.group())) {
                names.add(name.group());
            }
        }
        return names;
    }
}
