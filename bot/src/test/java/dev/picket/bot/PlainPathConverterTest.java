package dev.picket.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.picket.bot.index.CorpusProperties;
import dev.picket.bot.index.IndexProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PlainPathConverterTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PlainPathConverter.class, Props.class);

    @Test
    void should_bind_a_relative_path_that_climbs_out_when_set_as_the_corpus_folder() {
        runner.withPropertyValues("picket.corpus.dir=../corpus/articles", "picket.index.dir= ../data/index ")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CorpusProperties.class).dir()).isEqualTo(Path.of("../corpus/articles"));
                    assertThat(context.getBean(IndexProperties.class).dir()).isEqualTo(Path.of("../data/index"));
                });
    }

    @Test
    void should_keep_the_defaults_when_nothing_is_set() {
        runner.run(context -> assertThat(context.getBean(CorpusProperties.class).dir())
                .isEqualTo(Path.of("corpus/articles")));
    }

    @EnableConfigurationProperties({CorpusProperties.class, IndexProperties.class})
    static class Props {
    }
}
