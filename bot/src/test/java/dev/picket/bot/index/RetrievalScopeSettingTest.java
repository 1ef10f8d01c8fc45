package dev.picket.bot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.answer.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code picket.retrieval.scope} names picket's subject, for the answers no question's words narrow down. */
class RetrievalScopeSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetrievalProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void should_keep_to_nhs_strikes_when_no_scope_is_set() {
        context.run(c -> assertThat(c.getBean(RetrievalProperties.class).subject().terms())
                .isEqualTo(Scope.NHS.terms()).isNotEmpty());
    }

    @Test
    void should_take_the_configured_words_when_a_scope_is_set() {
        context.withPropertyValues("picket.retrieval.scope=railway,train drivers")
                .run(c -> assertThat(c.getBean(RetrievalProperties.class).subject().terms())
                        .isEqualTo(Scope.of(List.of("railway", "train drivers")).terms())
                        .doesNotContainAnyElementsOf(Scope.NHS.terms()));
    }

    @Test
    void should_cover_every_article_when_the_scope_is_empty() {
        context.withPropertyValues("picket.retrieval.scope=")
                .run(c -> assertThat(c.getBean(RetrievalProperties.class).subject().terms()).isEmpty());
    }
}
