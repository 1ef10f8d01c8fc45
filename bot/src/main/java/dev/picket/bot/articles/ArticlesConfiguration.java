package dev.picket.bot.articles;

import java.time.Clock;

import dev.picket.bot.index.CorpusProperties;
import dev.picket.bot.reload.ReloadService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Moderators' uploads and removals, limited to the size the corpus reader accepts. */
@Configuration(proxyBeanMethods = false)
class ArticlesConfiguration {

    @Bean
    ArticleUploads articleUploads(ReloadService reloads, CorpusProperties corpus, Clock clock) {
        return new ArticleUploads(reloads, corpus.maxFileSize().toBytes(), clock);
    }
}
