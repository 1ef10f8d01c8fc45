package dev.picket.bot.discord.corpus;

import java.util.concurrent.Executor;

import dev.picket.bot.articles.ArticleUploads;
import dev.picket.bot.discord.commands.SlashCommand;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /remove-article} (moderators): moves an article's file to {@code removed/}, then reloads. */
public final class RemoveArticleCommand implements SlashCommand {

    private final ArticleUploads uploads;
    private final CommandWork work;
    private final ArticleReplies replies = new ArticleReplies();

    public RemoveArticleCommand(ArticleUploads uploads, Executor executor) {
        this.uploads = uploads;
        this.work = new CommandWork(executor);
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("remove-article", "Take an article out of the corpus; it is kept in removed/ "
                + "(moderators)").addOption(OptionType.STRING, "article", "Its file name or article id", true);
    }

    @Override
    public boolean moderatorOnly() {
        return true;
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        String article = interaction.getOption("article", OptionMapping::getAsString);
        work.start(interaction, () -> replies.removed(uploads.remove(article)));
    }
}
