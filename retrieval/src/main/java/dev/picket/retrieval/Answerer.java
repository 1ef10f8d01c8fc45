package dev.picket.retrieval;

/** Answers a question from the corpus, with citations, or declines. */
@FunctionalInterface
public interface Answerer {

    /** @param question the user's text, already checked to be non-blank and of sane length */
    Answer answer(String question);
}
