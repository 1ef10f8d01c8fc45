package dev.picket.bot.discord;

import java.util.concurrent.Executor;

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

    @Bean
    ReloadCommand reloadCommand(ReloadService reloads) {
        return new ReloadCommand(reloads);
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
