package dev.picket.retrieval.index;

import java.util.Arrays;
import java.util.TreeSet;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/** A passage's stored features as text, for bench's IndexDump: in the same package to read the stored form. */
public final class FeaturesText {

    private FeaturesText() {
    }

    // The features decoded, each set sorted: the stored form writes a set in its iteration order, which
    // Set.of varies from one JVM to the next.
    public static String of(BytesRef b, String text) {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        long[] shingles = FeatureCodec.shingles(in);
        PassageFeatures.Body body = FeatureCodec.body(in, text);
        StringBuilder out = new StringBuilder(Arrays.toString(shingles)).append(new TreeSet<>(body.terms()));
        for (int i = 0; i < body.sentences().size(); i++) {
            out.append("\n    ").append(body.sentences().get(i)).append(" ")
                    .append(new TreeSet<>(body.sentenceTerms().get(i)));
        }
        return out.toString();
    }

}
