package dev.picket.retrieval.index;

import java.util.Iterator;
import java.util.LinkedHashMap;

import dev.picket.retrieval.SearchHit;
import org.apache.lucene.util.BytesRef;

/**
 * The features of recently read passages, by passage id: filled from the stored field whenever a hit is read,
 * so the refiners and the answerer after the search find them decoded. Bounded, so a large corpus keeps only
 * what recent questions touched, in entries and in bytes.
 */
final class FeatureCache {

    private static final int SIZE = 4_096;
    // Bytes, as PassageFeatures#footprint estimates them. Decoded, a passage's features take about 5 KB (its
    // terms are strings of their own), so 4,096 of them were some 20 MB of the heap after a full GC; this keeps
    // about a thousand, the candidates of the last few dozen questions.
    private static final long BUDGET = 6_000_000;

    private final LinkedHashMap<String, PassageFeatures> recent = new LinkedHashMap<>(SIZE, 0.75f, true);
    private long held;

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
        keep(hit.passageId(), PassageFeatures.decode(stored, hit.text()));
    }

    /** The features of a hit: as stored when it was read, else worked out from its text (a hit made elsewhere). */
    PassageFeatures of(SearchHit hit) {
        PassageFeatures held = held(hit.passageId(), hit.text());
        if (held != null) {
            return held;
        }
        PassageFeatures made = PassageFeatures.of(hit.title(), hit.text());
        keep(hit.passageId(), made);
        return made;
    }

    /** Puts the features in, then drops the least recently used until both bounds hold again. */
    private void keep(String passageId, PassageFeatures features) {
        synchronized (recent) {
            PassageFeatures before = recent.put(passageId, features);
            held += features.footprint() - (before == null ? 0 : before.footprint());
            Iterator<PassageFeatures> eldest = recent.values().iterator();
            while ((held > BUDGET || recent.size() > SIZE) && recent.size() > 1) {
                held -= eldest.next().footprint();
                eldest.remove();
            }
        }
    }
}
