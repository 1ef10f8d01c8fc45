package dev.picket.retrieval.index;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.picket.retrieval.SearchHit;
import org.apache.lucene.util.BytesRef;

/**
 * The features of recently read passages, by passage id: filled from the stored field whenever a hit is read,
 * so the refiners and the answerer after the search find them decoded. Bounded, so a large corpus keeps only
 * what recent questions touched.
 */
final class FeatureCache {

    private static final int SIZE = 4_096;

    private final Map<String, PassageFeatures> recent = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PassageFeatures> eldest) {
            return size() > SIZE;
        }
    };

    /** Whether the features held for this hit's passage are of its text. */
    boolean holds(SearchHit hit) {
        return held(hit.passageId(), hit.text()) != null;
    }

    /** The features held for this passage when they are of this text, else null. */
    PassageFeatures held(String passageId, String text) {
        synchronized (recent) {
            PassageFeatures held = recent.get(passageId);
            return held != null && held.isOf(text) ? held : null;
        }
    }

    /** Keeps the features stored for this hit. */
    void read(BytesRef stored, SearchHit hit) {
        PassageFeatures read = PassageFeatures.decode(stored, hit.text());
        synchronized (recent) {
            recent.put(hit.passageId(), read);
        }
    }

    /** The features of a hit: as stored when it was read, else worked out from its text (a hit made elsewhere). */
    PassageFeatures of(SearchHit hit) {
        PassageFeatures held = held(hit.passageId(), hit.text());
        if (held != null) {
            return held;
        }
        PassageFeatures made = PassageFeatures.of(hit.title(), hit.text());
        synchronized (recent) {
            recent.put(hit.passageId(), made);
        }
        return made;
    }
}
