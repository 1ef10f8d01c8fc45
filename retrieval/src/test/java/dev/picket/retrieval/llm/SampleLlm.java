package dev.picket.retrieval.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;

/** An LLM answerer over the sample index, talking to a stub server over loopback HTTP. */
final class SampleLlm {

    static final String TROOPS = "How many troops were to be deployed during the ambulance strikes?";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final int PASSAGES = 5;

    private SampleLlm() {
    }

    static LlmAnswerer.Builder answerer(SampleIndex sample, LlmProvider provider, String baseUrl, Duration timeout) {
        return answerer(sample.retriever, sample, provider, baseUrl, timeout);
    }

    static LlmAnswerer.Builder answerer(PassageRetriever retriever, SampleIndex sample, LlmProvider provider,
                                        String baseUrl, Duration timeout) {
        LlmSettings settings = new LlmSettings(provider, baseUrl, "stub-model", "sk-test-secret", timeout, 0.0, 300,
                Duration.ofSeconds(2));
        return LlmAnswerer.builder()
                .contentRetriever(PassageContentRetriever.builder().retriever(retriever).maxResults(PASSAGES).build())
                .chatModel(LlmModels.chat(settings)).streamingChatModel(LlmModels.streaming(settings))
                .fallback(sample.answerer()).timeout(timeout).clock(CLOCK)
                .circuitBreaker(LlmGuards.circuitBreaker(Duration.ofMinutes(5)));
    }

    /** The sources the answerer will number for a question: the same search, in the same order. */
    static List<SearchHit> sources(SampleIndex sample, String question) {
        return sample.retriever.retrieve(question, PASSAGES);
    }

    /** The number the model sees for the first source whose text contains the fragment. */
    static int numberOf(List<SearchHit> sources, String fragment) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).text().contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no source contains " + fragment);
    }
}
