package dev.picket.retrieval.llm;

import java.util.List;

import dev.picket.retrieval.SearchHit;

/** Checks an LLM's answer against the sources it was given, keeping only what the sources it cites support. */
@FunctionalInterface
interface CitationVerifier {

    /**
     * @param text    the answer as the model wrote it, with {@code [n]} markers
     * @param sources the numbered sources the model was given; source {@code n} is {@code sources.get(n - 1)}
     */
    VerifiedAnswer verify(String text, List<SearchHit> sources);
}
