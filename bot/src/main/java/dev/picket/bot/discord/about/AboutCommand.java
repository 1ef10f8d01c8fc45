package dev.picket.bot.discord.about;

import java.util.function.Supplier;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.discord.format.CorpusSummary;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /about}: what picket is, what its articles cover, and how it writes answers. */
public final class AboutCommand implements SlashCommand {

    private final Supplier<CorpusSummary> corpus;
    private final String mode;

    /** @param llmProvider the configured LLM provider; {@code none} for extractive answers */
    public AboutCommand(Supplier<CorpusSummary> corpus, String llmProvider) {
        this.corpus = corpus;
        this.mode = llmProvider == null || llmProvider.isBlank() || llmProvider.strip().equalsIgnoreCase("none")
                ? "**extractive**: answers quote the articles' own sentences, fully offline."
                : "**LLM** (" + llmProvider.strip() + "): a language model writes answers from the articles, and "
                + "every cited claim is checked against them.";
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("about", "What picket is, what its articles cover, and how it answers");
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        Outgoing.replyPrivately(interaction, text());
    }

    String text() {
        return "**picket** answers questions about NHS strikes from a library of news articles. Every answer cites "
                + "its sources with [n] markers, and picket says so when its articles don't cover a question.\n\n"
                + "**Articles:** " + corpus.get().describe() + ".\n"
                + "**Mode:** " + mode + "\n\n"
                + "Ask with `/ask`, or mention me with a question; reply to one of my answers to follow up. "
                + "`/sources` lists every article.";
    }
}
