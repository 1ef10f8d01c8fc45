package dev.picket.bot.discord.commands;

import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: how Discord shows it, and what it does. */
public interface SlashCommand {

    /** The name, description and options; the registry adds the moderator permission. */
    SlashCommandData definition();

    /** Moderator commands are hidden from other members by default and re-checked on every invocation. */
    default boolean moderatorOnly() {
        return false;
    }

    /** Runs on JDA's event thread: acknowledge at once and hand slow work to the bot's own executor. */
    void run(SlashCommandInteraction interaction);

    default String name() {
        return definition().getName();
    }
}
