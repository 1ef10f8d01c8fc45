package dev.picket.bot.discord;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.picket.bot.articles.ArticleUploads;
import dev.picket.bot.discord.corpus.AddArticleCommand;
import dev.picket.bot.discord.corpus.ReloadCommand;
import dev.picket.bot.discord.corpus.RemoveArticleCommand;
import dev.picket.bot.reload.ReloadService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The moderators' corpus commands: {@code /reload}, {@code /add-article} and {@code /remove-article}. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordTokenCondition.class)
class CorpusCommandsConfiguration {

    // Rare, moderator-only work that mostly waits (a download, a reload): a virtual thread each.
    private static final Executor WORK = task -> Thread.ofVirtual().name("picket-corpus-command").start(task);

    /** Checks a running reload's figures for {@code /reload}'s progress edits. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService reloadProgressTicker() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("picket-reload-progress").daemon().factory());
    }

    @Bean
    ReloadCommand reloadCommand(ReloadService reloads, Clock clock, ScheduledExecutorService reloadProgressTicker) {
        return new ReloadCommand(reloads, clock, reloadProgressTicker);
    }

    @Bean
    AddArticleCommand addArticleCommand(ArticleUploads uploads) {
        return new AddArticleCommand(uploads, WORK);
    }

    @Bean
    RemoveArticleCommand removeArticleCommand(ArticleUploads uploads) {
        return new RemoveArticleCommand(uploads, WORK);
    }
}
