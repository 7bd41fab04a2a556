package news.wireline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's findings: one row per measurement, the baseline and Wireline side by side where
 * both exist, printed as a Markdown table and written to {@code bench/results/<date>.md}. A section
 * {@value #KEPT} already in that file (before/after figures of optimisations) is kept on rewrite.
 */
final class Report {

    static final String KEPT = "## Optimisations";

    record Row(String measure, String baseline, String wireline, String note) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String baseline, String wireline, String note) {
        rows.add(new Row(measure, baseline, wireline, note));
    }

    void note(String note) {
        notes.add(note);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    static String millis(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    String table() {
        StringBuilder out = new StringBuilder(
                "| measure | baseline (plain Kafka + JDBC) | Wireline | note |\n| --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(row.measure())
                    .append(" | ")
                    .append(row.baseline())
                    .append(" | ")
                    .append(row.wireline())
                    .append(" | ")
                    .append(row.note())
                    .append(" |\n");
        }
        return out.toString();
    }

    String markdown(String machine, String settings, String elapsed) {
        StringBuilder out = new StringBuilder("# Wireline benchmark, ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append("\n\n");
        out.append(machine)
                .append("\n\n")
                .append("Sizes: ")
                .append(settings)
                .append(". Whole run: ")
                .append(elapsed)
                .append(".\n\n");
        out.append(table()).append('\n');
        if (!notes.isEmpty()) {
            out.append("## How it was measured\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes today's file, keeping its optimisations section if an earlier run today had one. */
    Path write(Path dir, String markdown) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(LocalDate.now(ZoneOffset.UTC) + ".md");
            String kept = "";
            if (Files.exists(file)) {
                String old = Files.readString(file);
                int at = old.indexOf(KEPT);
                kept = at < 0 ? "" : old.substring(at);
            }
            Files.writeString(file, markdown + kept);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        long memory = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            memory = -1;
        }
        return String.format(
                Locale.ROOT,
                "Machine: %d cores, %s memory, JDK %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(),
                memory < 0 ? "unknown" : mebibytes(memory),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
