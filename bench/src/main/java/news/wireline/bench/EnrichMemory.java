package news.wireline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link CorpusFill} in its own JVM, as an enrich instance would run, and reads its checkpoints. */
final class EnrichMemory {

    record Reading(int stories, long heapBytes, long rssBytes, double seconds) {}

    static List<Reading> measure(StoredTemplates templates, String maxHeap, int... checkpoints)
            throws IOException, InterruptedException {
        Path documents = Files.createTempFile("bench-corpus", ".ndjson");
        Files.write(
                documents,
                templates.templates().stream()
                        .map(StoredTemplates.Template::document)
                        .toList());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                CorpusFill.class.getName(),
                documents.toString()));
        for (int checkpoint : checkpoints) {
            command.add(Integer.toString(checkpoint));
        }
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Reading> readings = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("MEMORY ")) {
                    String[] f = line.split(" ");
                    Reading reading = new Reading(
                            Integer.parseInt(f[1]),
                            Long.parseLong(f[2]),
                            Long.parseLong(f[3]),
                            Double.parseDouble(f[4]));
                    readings.add(reading);
                    Bench.progress(
                            "  corpus of %,d stories: heap %s, RSS %s (%.0f s)",
                            reading.stories(),
                            Report.mebibytes(reading.heapBytes()),
                            Report.mebibytes(reading.rssBytes()),
                            reading.seconds());
                }
            }
        }
        int exit = child.waitFor();
        Files.deleteIfExists(documents);
        if (exit != 0) {
            Bench.progress("  the corpus JVM exited with %d (out of memory at -Xmx%s?)", exit, maxHeap);
        }
        return readings;
    }
}
