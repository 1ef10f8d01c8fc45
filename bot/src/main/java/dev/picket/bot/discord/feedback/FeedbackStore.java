package dev.picket.bot.discord.feedback;

/** Where votes are kept: a log file today, a database later. */
public interface FeedbackStore {

    /** Records the vote unless this user already voted on this answer; returns whether it was recorded. */
    boolean record(FeedbackEntry entry);
}
