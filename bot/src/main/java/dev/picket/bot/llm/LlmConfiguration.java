package dev.picket.bot.llm;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.llm.FollowUpPrompt;
import dev.picket.retrieval.llm.LlmAnswerer;
import dev.picket.retrieval.llm.LlmGuards;
import dev.picket.retrieval.llm.LlmModels;
import dev.picket.retrieval.llm.LlmSettings;
import dev.picket.retrieval.llm.SystemPrompt;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With an LLM configured, the {@code answerer} (and the streaming answerer) write answers through it, with the
 * extractive answerer as the fallback. The LangChain4j Boot starters don't support Boot 4, so the models are
 * built here, telling every {@link ChatModelListener} bean of their calls (the token metrics are one).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmEnabled.class)
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);
    @Bean
    CircuitBreaker llmCircuitBreaker(LlmProperties properties) {
        return LlmGuards.circuitBreaker(properties.circuitOpenFor());
    }

    // Shut down with the context; a call still running is interrupted and its question falls back.
    @Bean(destroyMethod = "shutdownNow")
    // One thread per call slot: the bulkhead already bounds the calls, so the pool never queues.
    ExecutorService llmCalls(LlmProperties properties) {
        return Executors.newFixedThreadPool(properties.maxConcurrentCalls(), Thread.ofPlatform().name("llm-call-", 0).daemon().factory());
    }

    @Bean
    LlmAnswerer answerer(LlmProperties properties, ExtractiveAnswerer extractive,
                         CircuitBreaker llmCircuitBreaker, Clock clock, ExecutorService llmCalls,
                         ObjectProvider<ChatModelListener> listenerBeans, RetrievalPipeline pipeline) {
        LlmSettings settings = properties.settings();
        List<ChatModelListener> listeners = listenerBeans.orderedStream().toList();
        log.info("Answers are written by the LLM: {}", settings);
        return LlmAnswerer.builder()
                // Only passages of picket's subject, as the extractive answerer quotes.
                .contentRetriever(properties.contentRetriever(pipeline.sources()))
                .systemPrompt(SystemPrompt.load(properties.systemPrompt()))
                .followUpPrompt(FollowUpPrompt.load(properties.followUpPrompt()))
                .chatModel(LlmModels.chat(settings, listeners))
                .streamingChatModel(LlmModels.streaming(settings, listeners))
                .fallback(extractive)
                // Verification reads the corpus's abbreviations and, with vectors, closeness in meaning.
                .verification(pipeline::abbreviations, pipeline.sentenceSimilarity())
                .circuitBreaker(llmCircuitBreaker)
                // LLM calls in flight at once, streams included, so a flood of questions cannot open a
                // connection each; a question that finds no slot within queue-wait is answered extractively.
                .bulkhead(LlmGuards.bulkhead(properties.maxConcurrentCalls(), properties.queueWait()))
                .timeout(settings.timeout())
                .clock(clock)
                .executor(llmCalls)
                .build();
    }
}
