package news.wireline.enrich.corpus;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.enrich.terms.StoryTerms;
import news.wireline.events.StoryEnriched;
import news.wireline.events.StoryId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** How one story version is laid out in the Lucene index, and the terms and names it is indexed by. */
final class CorpusDocuments {

    static final String KEY = "key";
    static final String ID = "id";
    static final String VERSION = "version";
    static final String HEADLINE = "headline";
    /** When the version was ingested, in nanoseconds since the epoch. */
    static final String FROM = "from";
    /** When the story's next version was ingested; {@link Long#MAX_VALUE} while this is its latest, {@link #WITHDRAWN} for a withdrawal. */
    static final String UNTIL = "until";
    /** The {@link #UNTIL} of a withdrawal: it is in the index only for its story's timeline, and no view holds it. */
    static final long WITHDRAWN = Long.MIN_VALUE;

    static final String TEXT = "text";
    static final String ENTITY = "entity";
    /** The version's MinHash signature, for near-duplicate checks against versions no longer the story's latest. */
    static final String SIGNATURE = "signature";
    /** The keys of the signature's bands ({@link NearDuplicateBands}), by which near-duplicates are found. */
    static final String BAND = "band";

    private static final FieldType TEXT_TYPE = textType();

    private CorpusDocuments() {}

    /** {@code terms} are the story's, {@link StoryTerms#of} it. */
    static Document document(StoryEnriched story, List<AnalysedTerm> terms, long until, int[] signature) {
        Document document = new Document();
        document.add(new StringField(KEY, key(story.id(), story.version()), Field.Store.NO));
        document.add(new StringField(ID, story.id().value(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(story.id().value())));
        document.add(new StoredField(VERSION, story.version()));
        document.add(new NumericDocValuesField(VERSION, story.version()));
        document.add(new StoredField(
                HEADLINE, story.story().headline() == null ? "" : story.story().headline()));
        long from = nanos(ingested(story));
        document.add(new LongPoint(FROM, from));
        document.add(new NumericDocValuesField(FROM, from));
        document.add(new NumericDocValuesField(UNTIL, until));
        document.add(new Field(TEXT, String.join(" ", CorpusText.contentTerms(terms)), TEXT_TYPE));
        CorpusText.entityKeys(story.tags())
                .forEach(entity -> document.add(new StringField(ENTITY, entity, Field.Store.YES)));
        document.add(new StoredField(SIGNATURE, signatureBytes(signature)));
        NearDuplicateBands.keys(signature).forEach(key -> document.add(new StringField(BAND, key, Field.Store.NO)));
        return document;
    }

    /** A withdrawal: where it stands in its story's timeline, and nothing a search could match. */
    static Document withdrawal(StoryEnriched story) {
        Document document = new Document();
        document.add(new StringField(KEY, key(story.id(), story.version()), Field.Store.NO));
        // a field is indexed the same way in every document that has it, as Lucene requires
        document.add(new StringField(ID, story.id().value(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new BytesRef(story.id().value())));
        document.add(new NumericDocValuesField(VERSION, story.version()));
        long from = nanos(ingested(story));
        document.add(new LongPoint(FROM, from));
        document.add(new NumericDocValuesField(FROM, from));
        document.add(new NumericDocValuesField(UNTIL, WITHDRAWN));
        return document;
    }

    static BytesRef signatureBytes(int[] signature) {
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
        bytes.asIntBuffer().put(signature);
        return new BytesRef(bytes.array());
    }

    static int[] signature(BytesRef bytes) {
        int[] signature = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(signature);
        return signature;
    }

    static String key(StoryId id, int version) {
        return id.value() + "#" + version;
    }

    /** Stories ingested before timelines carried the instant sort first. */
    static Instant ingested(StoryEnriched story) {
        return story.timeline() == null || story.timeline().ingested() == null
                ? Instant.EPOCH
                : story.timeline().ingested();
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
