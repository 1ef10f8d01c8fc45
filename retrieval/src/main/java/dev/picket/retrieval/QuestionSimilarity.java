package dev.picket.retrieval;

import java.util.List;

/** How close in meaning each passage is to a question, as a cosine from -1 to 1. */
@FunctionalInterface
public interface QuestionSimilarity {

    List<Double> similarity(String question, List<SearchHit> hits);
}
