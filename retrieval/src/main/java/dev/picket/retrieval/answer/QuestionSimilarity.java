package dev.picket.retrieval.answer;

import java.util.List;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;

/** How close in meaning each passage is to a question, as a cosine from -1 to 1. */
@FunctionalInterface
public interface QuestionSimilarity {

    List<Double> similarity(String question, List<SearchHit> hits);

    /** Where these cosines say something; the model's that computes them. */
    default Calibration calibration() {
        return PassageEmbedder.DEFAULT_CALIBRATION;
    }
}
