package dev.picket.retrieval.answer;

import java.util.List;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;

/** How close in meaning each sentence is to a question, as a cosine from -1 to 1. */
@FunctionalInterface
public interface SentenceSimilarity {

    /**
     * @param passages  the passages the sentences come from
     * @param sentences the sentences to weigh
     * @return one cosine per sentence, in the same order
     */
    List<Double> similarity(String question, List<SearchHit> passages, List<String> sentences);

    /** Where these cosines say something; the model's that computes them. */
    default Calibration calibration() {
        return PassageEmbedder.DEFAULT_CALIBRATION;
    }
}
