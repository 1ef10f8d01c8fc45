package dev.picket.retrieval.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/**
 * What answering needs of a passage's text, worked out once when the passage is indexed rather than for every
 * question that retrieves it: its sentences ({@link PassageSentences}), the analysed terms of each sentence and of
 * the headline with the whole text ({@link QueryTerms#setOf}), and the hashes of its word 4-grams, which tell a
 * copy of the same wire story. Stored beside the passage in the index, decoded when a hit is read.
 */
public final class PassageFeatures {


    private final String text;
    private final long[] shingles;
    private final ShingleSketch sketch;
    // The stored form of the rest, decoded on first use: near-duplicate removal reads the shingles of every
    // candidate, the answerer the terms of a few.
    private final byte[] stored;
    private final int from;
    private volatile Body body;
    // Which sentences hold a feature the answerer tests by pattern (a figure, a date, a cause), by feature:
    // 0 not yet tested, 1 no, 2 yes. A passage's features are kept while questions keep finding it.
    private Map<Object, byte[]> tested;
    // Values worked out from the whole text once and kept with the features, by what works them out.
    private Map<Object, Object> derived;

    record Body(List<String> sentences, List<Set<String>> sentenceTerms, Set<String> terms) {
    }

    private PassageFeatures(String text, long[] shingles, byte[] stored, int from, Body body) {
        this.text = text;
        this.shingles = shingles;
        this.sketch = new ShingleSketch(shingles);
        this.stored = stored;
        this.from = from;
        this.body = body;
    }

    /** Works the features out from the text, as indexing does. */
    public static PassageFeatures of(String title, String text) {
        return of(QueryTerms.setOf(title), text, PassageAnalysis.of(text));
    }

    /** The features from the text's one analysis, which the index's text field replays too. */
    static PassageFeatures of(Set<String> titleTerms, String text, PassageAnalysis analysis) {
        PassageSplit split = PassageSplit.of(text, analysis, titleTerms);
        List<Set<String>> sentenceTerms = new ArrayList<>(split.ids().length);
        for (int i = 0; i < split.ids().length; i++) {
            sentenceTerms.add(Set.of(split.terms(i)));
        }
        return new PassageFeatures(text, Shingles.of(text), null, 0, new Body(split.sentences(),
                List.copyOf(sentenceTerms), Set.of(split.table())));
    }

    /** The stored form of {@link #of(Set, String, PassageAnalysis)}'s features, as indexing writes it. */
    static BytesRef encoded(Set<String> titleTerms, String text, PassageAnalysis analysis) {
        return FeatureCodec.encode(Shingles.of(text), PassageSplit.of(text, analysis, titleTerms));
    }

    /** The passage's sentences, paragraph by paragraph. */
    public List<String> sentences() {
        return body().sentences();
    }

    /** The analysed terms of sentence {@code i} of {@link #sentences()}. */
    public Set<String> sentenceTerms(int i) {
        return body().sentenceTerms().get(i);
    }

    /** The analysed terms of the headline and the whole text. */
    public Set<String> terms() {
        return body().terms();
    }

    /**
     * Whether sentence {@code i} has the feature, tested once for this passage and then remembered.
     *
     * @param feature names the test: the same feature must always come with the same test
     */
    public boolean has(int i, Object feature, Predicate<String> test) {
        byte[] known;
        synchronized (this) {
            if (tested == null) {
                tested = new HashMap<>(4);
            }
            known = tested.computeIfAbsent(feature, f -> new byte[sentences().size()]);
        }
        if (known[i] == 0) {
            // Two threads may both test; they write the same answer.
            known[i] = test.test(sentences().get(i)) ? (byte) 2 : (byte) 1;
        }
        return known[i] == 2;
    }

    /**
     * What {@code from} makes of the passage, made once and then remembered with these features: answering reads
     * some facts of a whole passage (its lists) for every question that retrieves it, and they depend on its text
     * alone.
     *
     * @param key names {@code from}: the same key must always come with the same function
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Supplier<T> from) {
        synchronized (this) {
            if (derived != null && derived.containsKey(key)) {
                return (T) derived.get(key);
            }
        }
        // Two threads may both work it out; they get equal values, and either may be kept.
        T value = from.get();
        synchronized (this) {
            if (derived == null) {
                derived = new HashMap<>(2);
            }
            derived.putIfAbsent(key, value);
            return (T) derived.get(key);
        }
    }

    private Body body() {
        Body b = body;
        if (b == null) {
            // Two threads may both decode; they get equal bodies, and either may be kept.
            b = FeatureCodec.body(new ByteArrayDataInput(stored, from, stored.length - from), text);
            body = b;
        }
        return b;
    }

    /**
     * About how many bytes of heap the features hold once decoded, the text aside (a hit holds it anyway): the
     * shingles, the stored form, and the decoded terms and sentences, which take some three times the stored
     * form's bytes. Stable for the life of the features, so a cache can add and subtract it.
     */
    long footprint() {
        long form = stored == null ? text.length() : stored.length;
        return 64 + 8L * shingles.length + 4 * form;
    }

    /** Whether these are the features of this text (a passage may have changed since they were read). */
    boolean isOf(String passageText) {
        return text.equals(passageText);
    }

    /**
     * Whether {@link #overlap} is at least {@code minOverlap}, answered from the sketches alone when they show
     * it cannot be: near-duplicate removal compares every pair of ~30 candidates, and most pairs share nothing.
     */
    public boolean copies(PassageFeatures other, double minOverlap) {
        int smaller = Math.min(shingles.length, other.shingles.length);
        if (smaller > 0 && (double) sketch.sharedAtMost(other.sketch) / smaller < minOverlap) {
            return false;
        }
        return overlap(other) >= minOverlap;
    }

    /**
     * Shared word 4-grams over the smaller set's size, so a copy trimmed at either end still matches; 0 when
     * either has none.
     */
    public double overlap(PassageFeatures other) {
        long[] a = shingles;
        long[] b = other.shingles;
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / Math.min(a.length, b.length);
    }

    /** The stored form ({@link FeatureCodec}). */
    BytesRef encode() {
        return FeatureCodec.encode(text, shingles, body());
    }

    /** Reads {@link #encode()}'s form back, for the passage of this text; the bytes are copied. */
    static PassageFeatures decode(BytesRef bytes, String text) {
        byte[] copy = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
        ByteArrayDataInput in = new ByteArrayDataInput(copy);
        long[] shingles = FeatureCodec.shingles(in);
        return new PassageFeatures(text, shingles, copy, in.getPosition(), null);
    }
}
