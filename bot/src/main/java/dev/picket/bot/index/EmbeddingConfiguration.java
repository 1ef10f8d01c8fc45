package dev.picket.bot.index;

import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process embedding model, loaded only when the retrieval mode uses vectors. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${picket.retrieval.mode:hybrid}'.trim().equalsIgnoreCase('bm25')")
class EmbeddingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PassageEmbedder passageEmbedder(EmbeddingProperties embedding) {
        return new MemoisingEmbedder(embedding.model().embedder());
    }
}
