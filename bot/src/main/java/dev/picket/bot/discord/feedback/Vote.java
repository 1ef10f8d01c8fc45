package dev.picket.bot.discord.feedback;

/** A reader's verdict on an answer. */
public enum Vote {
    UP, DOWN
}
