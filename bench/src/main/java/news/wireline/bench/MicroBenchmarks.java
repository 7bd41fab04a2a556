package news.wireline.bench;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.wireline.enrich.corpus.CorpusView;
import news.wireline.enrich.corpus.StoryCorpus;
import news.wireline.enrich.intake.StoryEnricher;
import news.wireline.enrich.keywords.KeywordExtractor;
import news.wireline.enrich.related.RelatedSettings;
import news.wireline.enrich.related.RelatedStories;
import news.wireline.enrich.subjects.SubjectClassifier;
import news.wireline.enrich.tagging.EntityTagger;
import news.wireline.enrich.tagging.TaggedStory;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.RelatedLink;
import news.wireline.events.Story;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import news.wireline.events.StoryIngested;
import news.wireline.events.Tag;
import news.wireline.events.Timeline;
import news.wireline.ingest.parse.ParsedStory;
import news.wireline.ingest.parse.StoryParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The three costs a story meets in the services, alone: ingest's parser, enrich's entity tagger,
 * and enrich's related-story lookup against a corpus of {@value #CORPUS} enriched stories. Each
 * invocation takes the next of {@value #STORIES} varied stories.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MicroBenchmarks {

    static final int STORIES = 200;
    static final int CORPUS = 300;

    private final List<byte[]> raw = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final List<List<AnalysedTerm>> terms = new ArrayList<>();
    private final List<List<Tag>> entityTags = new ArrayList<>();
    private StoryParser parser;
    private EntityTagger tagger;
    private RelatedStories related;
    private StoryCorpus corpus;
    private CorpusView view;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        StoryMaker maker = new StoryMaker(7);
        parser = new StoryParser(512 * 1024);
        tagger = EntityTagger.withBundledGazetteer();
        related = new RelatedStories(new RelatedSettings(5, 0.15, 50, 0.8));
        corpus = new StoryCorpus();
        StoryEnricher enricher = new StoryEnricher(
                tagger, SubjectClassifier.bundled(), new KeywordExtractor(), related, corpus, Clock.systemUTC());
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 0; n < CORPUS; n++) {
            ParsedStory parsed = parser.read(maker.ninjs("jmh", n), StoryMaker.CONTENT_TYPE);
            StoryIngested ingested = new StoryIngested(
                    StoryIngested.SCHEMA_VERSION,
                    StoryId.of("jmh-" + n),
                    1,
                    "bench",
                    "hash",
                    parsed.release(),
                    parsed.story(),
                    Timeline.receivedAt(at.plusSeconds(n)).ingestedAt(at.plusSeconds(n)));
            StoryEnriched enriched = enricher.enrich(ingested);
            enricher.remember(enriched);
            if (n < STORIES) {
                raw.add(maker.ninjs("jmh-raw", n));
                stories.add(parsed.story());
                terms.add(StoryTerms.of(parsed.story()));
                entityTags.add(tagger.read(parsed.story()).entities().stream()
                        .map(evidence -> evidence.tag())
                        .toList());
            }
        }
        view = corpus.asOf(at.plusSeconds(CORPUS + 1));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        view.close();
        corpus.close();
    }

    @Benchmark
    public ParsedStory parseNinjs() {
        return parser.read(raw.get(next()), StoryMaker.CONTENT_TYPE);
    }

    @Benchmark
    public TaggedStory tagEntities() {
        return tagger.read(stories.get(next()));
    }

    @Benchmark
    public List<RelatedLink> relatedLookup() {
        int n = next();
        return related.relatedTo(StoryId.of("jmh-probe-" + n), terms.get(n), entityTags.get(n), view);
    }

    private int next() {
        next = (next + 1) % STORIES;
        return next;
    }
}
