package news.wireline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.intake.StoryEnricher;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Timeline;
import news.wireline.ingest.parse.ParsedStory;
import news.wireline.ingest.parse.StoryParser;

/**
 * Enrich's processor time a story, on one thread, without Kafka: bench stories enriched and
 * remembered one after another, as one enrich listener does, after a corpus of {@code fill}
 * earlier stories (copies of the first enriched ones under new ids, ingested before them). The
 * thread's CPU time is counted over the last {@code measured} stories, and every story's tags and
 * links are digested, so two builds can be shown to enrich alike.
 * Prints {@code ENRICH <fill> <stories> <ms a story> <md5>}; with a fourth argument, writes every
 * story's tags and links to that file.
 * Args: fill, stories, measured[, dump file].
 */
public final class EnrichLoop {

    private static final int TEMPLATES = 200;

    private EnrichLoop() {}

    public static void main(String[] args) throws Exception {
        int fill = Integer.parseInt(args[0]);
        int stories = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        StoryParser parser = new StoryParser(512 * 1024);
        StoryMaker maker = new StoryMaker(7);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<StoryIngested> ingested = new ArrayList<>();
        for (int n = 0; n < stories; n++) {
            ParsedStory parsed = parser.read(maker.ninjs("loop", n), StoryMaker.CONTENT_TYPE);
            Instant at = start.plusSeconds(n);
            ingested.add(new StoryIngested(
                    StoryIngested.SCHEMA_VERSION,
                    StoryId.of("loop-" + n),
                    1,
                    "bench",
                    "hash",
                    parsed.release(),
                    parsed.story(),
                    Timeline.receivedAt(at).ingestedAt(at)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        StringBuilder dump = new StringBuilder();
        try (StoryCorpus corpus = new StoryCorpus()) {
            StoryEnricher enricher =
                    StoryEnricher.bundled(corpus, new RelatedSettings(5, 0.15, 50, 0.8), Clock.systemUTC());
            fill(corpus, ingested, fill, start);
            long cpu = 0;
            long wall = 0;
            for (int n = 0; n < stories; n++) {
                if (n == stories - measured) {
                    cpu = threads.getCurrentThreadCpuTime();
                    wall = System.nanoTime();
                }
                StoryEnriched enriched = enricher.enrich(ingested.get(n));
                enricher.remember(enriched);
                String line = enriched.id() + " " + enriched.tags() + " " + enriched.related() + "\n";
                md5.update(line.getBytes(StandardCharsets.UTF_8));
                dump.append(line);
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured;
            double wallMs = (System.nanoTime() - wall) / 1e6 / measured;
            System.out.printf(
                    "ENRICH fill %d stories %d measured %d: %.2f ms CPU a story (%.2f ms wall) md5 %s%n",
                    fill, stories, measured, cpuMs, wallMs, HexFormat.of().formatHex(md5.digest()));
        }
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), dump);
        }
    }

    /** Copies of the first stories' enrichments, ingested before any story the loop enriches. */
    private static void fill(StoryCorpus corpus, List<StoryIngested> ingested, int fill, Instant start) {
        if (fill == 0) {
            return;
        }
        List<StoryEnriched> templates = new ArrayList<>();
        try (StoryCorpus scratch = new StoryCorpus()) {
            StoryEnricher first =
                    StoryEnricher.bundled(scratch, new RelatedSettings(5, 0.15, 50, 0.8), Clock.systemUTC());
            for (int n = 0; n < Math.min(TEMPLATES, ingested.size()); n++) {
                StoryEnriched enriched = first.enrich(ingested.get(n));
                first.remember(enriched);
                templates.add(enriched);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long began = System.nanoTime();
        for (int k = 0; k < fill; k++) {
            StoryEnriched template = templates.get(k % templates.size());
            Instant at = start.minusSeconds(fill - k);
            corpus.add(new StoryEnriched(
                    template.schemaVersion(),
                    StoryId.of("fill-" + k),
                    1,
                    template.desk(),
                    template.contentHash(),
                    template.release(),
                    template.story(),
                    template.tags(),
                    template.related(),
                    Timeline.receivedAt(at).ingestedAt(at)));
        }
        corpus.asOf(start).close();
        System.out.printf("FILLED %d in %.1f s%n", fill, (System.nanoTime() - began) / 1e9);
    }
}
