package dev.picket.retrieval.llm;

import java.util.List;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SearchHit;

/**
 * An LLM answer after verification.
 *
 * @param text        the supported sentences, with markers renumbered 1..k in order of first use
 * @param cited       the cited sources, source {@code n} of the text at index {@code n - 1}
 * @param unsupported the sentences removed, and why
 * @param citedAny    whether the model's text cited any source it was given, before the support check
 */
record VerifiedAnswer(String text, List<SearchHit> cited, List<Answer.Unsupported> unsupported,
                             boolean citedAny) {

    public VerifiedAnswer {
        cited = List.copyOf(cited);
        unsupported = List.copyOf(unsupported);
    }

    /** Whether any sentence survived. */
    public boolean isSupported() {
        return !cited.isEmpty() && !text.isBlank();
    }
}
