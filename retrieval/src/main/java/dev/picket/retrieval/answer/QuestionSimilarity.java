package dev.picket.retrieval.answer;

import java.util.List;

import dev.picket.retrieval.SearchHit;

/** How close in meaning each passage is to a question, as a cosine from -1 to 1. */
@FunctionalInterface
public interface QuestionSimilarity {

    List<Double> similarity(String question, List<SearchHit> hits);
}
