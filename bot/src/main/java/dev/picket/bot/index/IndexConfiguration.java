package dev.picket.bot.index;

import java.time.Clock;

import dev.picket.bot.llm.LlmEnabled;
import dev.picket.bot.reload.ReloadService;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.EmbeddingSimilarity;
import dev.picket.retrieval.ExtractiveAnswerer;
import dev.picket.retrieval.PassageEmbedder;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Timeline;
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
    PassageRetriever passageRetriever(KnowledgeBase knowledge, RetrievalProperties retrieval,
                                      ObjectProvider<PassageEmbedder> embedder) {
        return retrieval.mode().retriever(knowledge.index(), embedder.getIfAvailable());
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(PassageRetriever retriever, KnowledgeBase knowledge,
                                          RetrievalProperties retrieval, ObjectProvider<PassageEmbedder> embedder) {
        return retrieval.mode().answerer(knowledge.index(), embedder.getIfAvailable(), retriever).build();
    }

    @Bean
    Timeline timeline(PassageRetriever retriever, KnowledgeBase knowledge, RetrievalProperties retrieval,
                      ObjectProvider<PassageEmbedder> embedder) {
        PassageEmbedder e = embedder.getIfAvailable();
        return new Timeline(knowledge.index(), retriever,
                retrieval.mode().needsVectors() && e != null ? new EmbeddingSimilarity(knowledge.index(), e) : null);
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
