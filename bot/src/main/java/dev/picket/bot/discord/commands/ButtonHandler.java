package dev.picket.bot.discord.commands;

import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/** Handles the buttons whose custom id starts with its prefix and a colon. */
public interface ButtonHandler {

    String prefix();

    /** @param argument the custom id after the prefix and colon */
    void click(ButtonInteraction interaction, String argument);
}
