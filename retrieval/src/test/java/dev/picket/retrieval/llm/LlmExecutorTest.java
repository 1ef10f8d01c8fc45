package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.retrieval.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The blocking LLM call runs on the executor the application gives the answerer. */
class LlmExecutorTest {

    @RegisterExtension
    static final LlmTestBed bed = new LlmTestBed();

    @Test
    void should_answer_extractively_without_calling_the_llm_when_the_executor_refuses_the_call() {
        AtomicInteger offered = new AtomicInteger();
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(5)).executor(call -> {
            offered.incrementAndGet();
            throw new RejectedExecutionException("every call slot is taken");
        }).build();

        Answer answer = answerer.answer(SampleLlm.TROOPS);

        assertThat(offered).hasValue(1);
        assertThat(answer.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(answer.fallbackReason()).contains("RejectedExecutionException");
        bed.llm.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }
}
