package dev.picket.bot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.embed.BgeSmallEmbedder;
import dev.picket.retrieval.embed.MiniLmEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code picket.embedding.model} picks the in-process model behind the vector modes. */
class EmbeddingModelSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddingProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, EmbeddingConfiguration.class);

    @Test
    void should_embed_with_the_default_model_when_no_model_is_set() {
        context.run(c -> assertThat(c.getBean(PassageEmbedder.class).name())
                .isEqualTo(Model.DEFAULT.embedder().name()).isEqualTo(MiniLmEmbedder.NAME));
    }

    @Test
    void should_embed_with_bge_when_the_model_is_bge_small() {
        context.withPropertyValues("picket.embedding.model=bge-small")
                .run(c -> assertThat(c.getBean(PassageEmbedder.class).name()).isEqualTo(BgeSmallEmbedder.NAME));
    }

    @Test
    void should_refuse_to_start_when_the_model_is_unknown() {
        context.withPropertyValues("picket.embedding.model=word2vec").run(c -> assertThat(c).hasFailed());
    }

    @Test
    void should_load_no_model_when_the_mode_is_bm25() {
        context.withPropertyValues("picket.retrieval.mode=bm25", "picket.embedding.model=bge-small")
                .run(c -> assertThat(c).doesNotHaveBean(PassageEmbedder.class));
    }
}
