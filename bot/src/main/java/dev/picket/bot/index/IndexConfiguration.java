package dev.picket.bot.index;

import java.time.Clock;

import dev.picket.bot.llm.LlmEnabled;
import dev.picket.bot.reload.ReloadService;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.answer.Timeline;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The offline retrieval and answering stages over the served index, for the configured retrieval mode. */
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
    RetrievalPipeline retrievalPipeline(KnowledgeBase knowledge, RetrievalProperties retrieval,
                                        ObjectProvider<PassageEmbedder> embedder) {
        return RetrievalPipeline.builder().index(knowledge.index()).embedder(embedder.getIfAvailable())
                .mode(retrieval.mode()).scope(retrieval.subject()).build();
    }

    @Bean
    PassageRetriever passageRetriever(RetrievalPipeline pipeline) {
        return pipeline.retriever();
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(RetrievalPipeline pipeline) {
        return pipeline.answerer();
    }

    @Bean
    Timeline timeline(RetrievalPipeline pipeline) {
        return pipeline.timeline();
    }

    // With an LLM configured, LlmConfiguration provides both instead, the LLM answerer streaming for itself.
    @Bean
    @Conditional(LlmEnabled.Off.class)
    Answerer answerer(ExtractiveAnswerer extractive) {
        return extractive;
    }

    @Bean
    @Conditional(LlmEnabled.Off.class)
    StreamingAnswerer streamingAnswerer(Answerer answerer) {
        return StreamingAnswerer.of(answerer);
    }
}
