package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.SentenceSimilarity;
import dev.picket.retrieval.index.PassageSentences;

/**
 * Closeness in meaning between a sentence of an answer and the nearest sentence of the passages it cites, from the
 * embedding model, read on the model's own calibration: at or below its floor the two are unrelated, at or
 * above {@value #PARAPHRASE} of the way to its ceiling the sentence is a paraphrase. Without a model nothing is
 * known, and words alone decide.
 */
final class Meaning {

    /** The share of full closeness that makes a paraphrase of a sentence sharing too few words. */
    static final double PARAPHRASE = 0.75;

    static final Meaning NONE = new Meaning(null);

    private final SentenceSimilarity similarity;

    Meaning(SentenceSimilarity similarity) {
        this.similarity = similarity;
    }

    /** How close a claim is to its cited passages. */
    Closeness of(String claim, List<SearchHit> cited) {
        if (similarity == null) {
            return Closeness.UNKNOWN;
        }
        List<String> sentences = new ArrayList<>();
        for (SearchHit h : cited) {
            sentences.addAll(PassageSentences.of(h.text()));
        }
        if (sentences.isEmpty()) {
            return Closeness.UNKNOWN;
        }
        double best = similarity.similarity(claim, cited, sentences).stream().mapToDouble(Double::doubleValue)
                .max().orElse(-1);
        return new Closeness(best, similarity.calibration().sentence(best));
    }

    /**
     * @param cosine the cosine to the nearest cited sentence, NaN when unknown
     * @param share  that cosine as a share of full closeness, 0 to 1, on the model's calibration
     */
    record Closeness(double cosine, double share) {

        static final Closeness UNKNOWN = new Closeness(Double.NaN, Double.NaN);

        boolean known() {
            return !Double.isNaN(cosine);
        }

        boolean unrelated() {
            return known() && share <= 0;
        }

        boolean paraphrase() {
            return known() && share >= PARAPHRASE;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "closeness in meaning %.2f", cosine);
        }
    }
}
