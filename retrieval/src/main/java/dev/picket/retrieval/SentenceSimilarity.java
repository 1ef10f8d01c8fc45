package dev.picket.retrieval;

import java.util.List;

/** How close in meaning each sentence is to a question, as a cosine from -1 to 1. */
@FunctionalInterface
public interface SentenceSimilarity {

    List<Double> similarity(String question, List<String> sentences);
}
