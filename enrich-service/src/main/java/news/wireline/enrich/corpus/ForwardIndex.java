package news.wireline.enrich.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * The words, headline and entities of the versions searches found lately, by version key. A
 * version never changes once indexed, and consecutive stories on one subject find mostly the same
 * fifty candidates, so most are read from the index once rather than once a story: reading a term
 * vector into strings cost more than scoring it. Words are kept once each however many entries
 * use them, up to {@value #MAX_VOCABULARY} words, so an entry is a few kilobytes of references.
 */
final class ForwardIndex {

    static final int MAX_ENTRIES = 2_048;
    static final int MAX_VOCABULARY = 200_000;

    /** One version as a related-story comparison needs it. */
    record Entry(String headline, StoryWords words, List<String> entities) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();

    /** The kept entry of version {@code key}, else read from document {@code doc} of {@code reader} and kept. */
    Entry of(String key, IndexReader reader, int doc) throws IOException {
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Entry read = read(reader, doc);
        synchronized (entries) {
            entries.put(key, read);
        }
        return read;
    }

    private Entry read(IndexReader reader, int doc) throws IOException {
        Document stored = reader.storedFields().document(doc);
        Terms vector = reader.termVectors().get(doc, CorpusDocuments.TEXT);
        List<String> words = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (vector != null) {
            TermsEnum each = vector.iterator();
            while (each.next() != null) {
                words.add(word(each.term().utf8ToString()));
                counts.add((int) each.totalTermFreq());
            }
        }
        return new Entry(
                stored.get(CorpusDocuments.HEADLINE),
                StoryWords.ofIndexOrder(
                        words.toArray(String[]::new),
                        counts.stream().mapToInt(Integer::intValue).toArray()),
                List.of(stored.getValues(CorpusDocuments.ENTITY)));
    }

    private String word(String read) {
        String kept = vocabulary.get(read);
        if (kept != null) {
            return kept;
        }
        if (vocabulary.size() < MAX_VOCABULARY) {
            kept = vocabulary.putIfAbsent(read, read);
        }
        return kept == null ? read : kept;
    }
}
