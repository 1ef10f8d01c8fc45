package dev.picket.bot.discord.sources;

import java.util.List;
import java.util.function.Supplier;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.ButtonHandler;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.corpus.ArticleInfo;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/** {@code /sources}: every article picket answers from, with ◀ ▶ buttons when there is more than one page. */
public final class SourcesCommand implements SlashCommand, ButtonHandler {

    static final String PREFIX = "sources";

    private final Supplier<List<ArticleInfo>> articles;

    public SourcesCommand(Supplier<List<ArticleInfo>> articles) {
        this.articles = articles;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("sources", "List the news articles picket answers from");
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        SourcesPages pages = new SourcesPages(articles.get());
        interaction.reply(Outgoing.create(pages.page(0), navigation(pages, 0))).setEphemeral(true).queue();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void click(ButtonInteraction interaction, String argument) {
        SourcesPages pages = new SourcesPages(articles.get());
        int page;
        try {
            page = pages.clamp(Integer.parseInt(argument));
        } catch (NumberFormatException e) {
            page = 0;
        }
        interaction.editMessage(Outgoing.edit(pages.page(page), navigation(pages, page))).queue();
    }

    static List<MessageTopLevelComponent> navigation(SourcesPages pages, int page) {
        if (pages.pageCount() < 2) {
            return List.of();
        }
        return List.of(ActionRow.of(
                Button.secondary(PREFIX + ":" + (page - 1), "◀ Newer").withDisabled(page == 0),
                Button.secondary(PREFIX + ":" + (page + 1), "Older ▶").withDisabled(page == pages.pageCount() - 1)));
    }
}
