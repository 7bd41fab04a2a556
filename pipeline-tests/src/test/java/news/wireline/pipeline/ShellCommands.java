package news.wireline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs command lines as a reader of the docs would, in bash from the repository's root, with
 * {@code $BROKER} set when there is one. The first {@code python3} that has confluent-kafka is used: a pyenv shim
 * ahead of Debian's interpreter on the PATH would otherwise hide the Debian package.
 */
final class ShellCommands {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final String broker;
    private final String path;

    private ShellCommands(String broker, String path) {
        this.broker = broker;
        this.path = path;
    }

    /** For commands that need no broker, on the PATH the tests run with. */
    static ShellCommands withoutBroker() {
        return new ShellCommands(null, System.getenv("PATH"));
    }

    /** Null when no python3 on the PATH, or Debian's, can import confluent_kafka. */
    static ShellCommands withConfluentKafka(String broker) throws Exception {
        String path = System.getenv("PATH");
        for (String candidate : List.of(path, "/usr/bin:" + path)) {
            ShellCommands shell = new ShellCommands(broker, candidate);
            if (shell.succeeds("python3 -c 'import confluent_kafka'")) {
                return shell;
            }
        }
        return null;
    }

    /** Skips the calling test, rather than failing it, where {@code tool} is not installed. */
    void assumeOnPath(String tool) throws Exception {
        assumeThat(succeeds("command -v " + tool)).as(tool + " on the PATH").isTrue();
    }

    /** Runs {@code command} and fails the test, with what it printed, unless it exits 0. */
    Result runSuccessfully(String command) throws Exception {
        Result result = run(command);
        assertThat(result.exitCode())
                .as(command + "\n" + result.errors() + String.join("\n", result.lines()))
                .isZero();
        return result;
    }

    boolean succeeds(String command) throws Exception {
        return run(command).exitCode() == 0;
    }

    Result run(String command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("wireline-command", ".out");
        Path err = Files.createTempFile("wireline-command", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(REPOSITORY.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (broker != null) {
            builder.environment().put("BROKER", broker);
        }
        builder.environment().put("PATH", path);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s: " + command);
        }
        Result result = new Result(
                process.exitValue(),
                Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    record Result(int exitCode, List<String> lines, String errors) {}
}
