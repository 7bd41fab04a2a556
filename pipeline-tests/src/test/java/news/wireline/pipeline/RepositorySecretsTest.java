package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No credential is committed: no private key, no cloud or chat token, and no password, secret or
 * key given a literal value in configuration; ops pass those in from the environment.
 */
class RepositorySecretsTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".mvn", ".idea");
    private static final List<Pattern> CREDENTIALS = List.of(
            Pattern.compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\bsk_live_[A-Za-z0-9]{16,}"));
    /** A literal assigned to something named like a secret in yml, properties or env files. */
    private static final Pattern ASSIGNED_SECRET = Pattern.compile(
            "(?i)^\\s*[\\w.-]*(?:password|passwd|secret|api[-_]?key|key-?sha256|token)[\\w.-]*\\s*[:=]\\s*['\"]?([^'\"\\s#]+)");

    private static final Pattern CONFIGURATION = Pattern.compile(".*\\.(?:ya?ml|properties|env|conf)$|.*/Dockerfile$");

    @Test
    void noCredentialIsCommitted() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = files();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (Pattern credential : CREDENTIALS) {
                if (credential.matcher(text).find()) {
                    found.add(REPO.relativize(file) + ": looks like " + credential.pattern());
                }
            }
            if (CONFIGURATION.matcher(file.toString()).matches()) {
                for (String line : text.split("\n")) {
                    Matcher assigned = ASSIGNED_SECRET.matcher(line);
                    if (assigned.find() && !fromTheEnvironment(assigned.group(1))) {
                        found.add(REPO.relativize(file) + ": literal secret in '" + line.strip() + "'");
                    }
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(found).isEmpty();
    }

    /** {@code ${VARIABLE}} or {@code ${VARIABLE:?message}}: the value comes from outside. */
    private static boolean fromTheEnvironment(String value) {
        return value.startsWith("${") || value.startsWith("$${");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(REPO)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> REPO.relativize(file).toString().split("/").length > 0)
                    .filter(file -> {
                        for (Path part : REPO.relativize(file)) {
                            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(file -> {
                        try {
                            return Files.size(file) < 5_000_000;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .toList();
        }
    }
}
