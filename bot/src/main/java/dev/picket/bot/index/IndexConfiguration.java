package dev.picket.bot.index;

import java.time.Clock;

import dev.picket.bot.reload.ReloadService;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Bm25Retriever;
import dev.picket.retrieval.ExtractiveAnswerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.StreamingAnswerer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline retrieval and answering stages over the served index. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    // KnowledgeBase owns and closes it.
    @Bean(destroyMethod = "")
    ReloadService reloadService(KnowledgeBase knowledge) {
        return knowledge.reloads();
    }

    @Bean
    PassageRetriever passageRetriever(KnowledgeBase knowledge) {
        return new Bm25Retriever(knowledge.index());
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(PassageRetriever retriever, KnowledgeBase knowledge) {
        return ExtractiveAnswerer.builder().retriever(retriever).stats(knowledge.index()).build();
    }

    // With an LLM configured, LlmConfiguration provides both instead, the LLM answerer streaming for itself.
    @Bean
    @ConditionalOnProperty(name = "picket.llm.provider", havingValue = "none", matchIfMissing = true)
    Answerer answerer(ExtractiveAnswerer extractive) {
        return extractive;
    }

    @Bean
    @ConditionalOnProperty(name = "picket.llm.provider", havingValue = "none", matchIfMissing = true)
    StreamingAnswerer streamingAnswerer(Answerer answerer) {
        return StreamingAnswerer.of(answerer);
    }
}
