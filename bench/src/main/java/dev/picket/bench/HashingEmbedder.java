package dev.picket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.retrieval.embed.PassageEmbedder;

/**
 * A cheap stand-in for a sentence model: each word adds a fixed pseudo-random 384-dimension vector, and the sum
 * is normalised. Texts sharing words land close together, which is all the benchmark's kNN search needs.
 */
final class HashingEmbedder implements PassageEmbedder {

    static final int DIMENSION = 384;

    private final Map<String, float[]> words = new ConcurrentHashMap<>();

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            float[] v = new float[DIMENSION];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    float[] w = words.computeIfAbsent(word, HashingEmbedder::wordVector);
                    for (int d = 0; d < DIMENSION; d++) {
                        v[d] += w[d];
                    }
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < DIMENSION; d++) {
                v[d] = norm == 0 ? (d == 0 ? 1 : 0) : v[d] * scale;
            }
            out.add(v);
        }
        return out;
    }

    private static float[] wordVector(String word) {
        Random r = new Random(word.hashCode());
        float[] w = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            w[d] = (float) r.nextGaussian();
        }
        return w;
    }

    @Override
    public String name() {
        return "hashing-384";
    }
}
