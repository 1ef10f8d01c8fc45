package dev.picket.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What picket says to a question.
 *
 * @param answer         the answer text with {@code [n]} markers, or the abstention sentence
 * @param answered       false when picket declined; then there are no citations
 * @param mode           how the answer was written: {@code extractive} or {@code llm}; {@code help} for what
 *                       picket says to small talk, which answers nothing and cites nothing
 * @param citations      the sources, ordered by {@code n}; every marker in the text has one
 * @param timings        where the time went
 * @param fallbackReason why an LLM answer was replaced by the extractive one; null when there was no fallback
 * @param unsupported    the sentences of an LLM answer that no cited passage supported, removed from the text
 * @param searchedFor    what retrieval searched when it was not the question as asked: a follow-up made to stand
 *                       alone, by the LLM or combined with the earlier questions; null otherwise
 */
public record Answer(String answer, boolean answered, String mode, List<Citation> citations, Timings timings,
                     String fallbackReason, List<Unsupported> unsupported, String searchedFor) {

    public static final String ABSTENTION = "I can't answer that from the articles I have.";
    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";
    /** Said to small talk ("hi", "what can you do"): what the articles cover. Neither an answer nor a refusal. */
    public static final String HELP = "help";

    public Answer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(mode, "mode");
        citations = List.copyOf(citations);
        unsupported = unsupported == null ? List.of() : List.copyOf(unsupported);
        if (!answered && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing");
        }
    }

    public Answer(String answer, boolean answered, String mode, List<Citation> citations, Timings timings,
                  String fallbackReason, List<Unsupported> unsupported) {
        this(answer, answered, mode, citations, timings, fallbackReason, unsupported, null);
    }

    public Answer(String answer, boolean answered, String mode, List<Citation> citations, Timings timings) {
        this(answer, answered, mode, citations, timings, null, List.of());
    }

    public static Answer abstain(String mode, Timings timings) {
        return new Answer(ABSTENTION, false, mode, List.of(), timings);
    }

    /** What picket covers and how to ask it, said to a greeting or "what can you do". */
    public static Answer help(String text, Timings timings) {
        return new Answer(text, false, HELP, List.of(), timings);
    }

    /** Whether this is {@link #help}'s reply to small talk rather than an answer or an abstention. */
    public boolean isHelp() {
        return HELP.equals(mode);
    }

    /** This answer standing in for a failed LLM answer: the reason, and the time the LLM took before failing,
     * and the LLM's sentences that were removed as unsupported. */
    public Answer asFallback(String reason, double llmMs, double totalMs, List<Unsupported> removed) {
        return new Answer(answer, answered, mode, citations,
                new Timings(timings.retrievalMs(), totalMs, llmMs), reason, removed, searchedFor);
    }

    /** This answer to {@code asked}, saying that retrieval searched {@code searched}, when that is not the same. */
    public Answer withSearchedFor(String asked, String searched) {
        return new Answer(answer, answered, mode, citations, timings, fallbackReason, unsupported,
                searched == null || searched.equals(asked) ? null : searched);
    }

    /**
     * A sentence removed from an LLM answer.
     *
     * @param sentence the sentence as the model wrote it
     * @param reason   why no cited passage supports it
     */
    public record Unsupported(String sentence, String reason) {
    }
}
