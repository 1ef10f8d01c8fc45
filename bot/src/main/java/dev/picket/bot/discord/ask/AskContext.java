package dev.picket.bot.discord.ask;

import java.util.List;

import dev.picket.retrieval.Turn;

/**
 * A question as asked in Discord.
 *
 * @param question       the user's text, checked
 * @param turns          the earlier turns of the reply chain, most recent first; empty for a new question
 * @param quoteQuestion  whether the answer repeats the question on top (where the question is not shown above it)
 */
public record AskContext(String question, List<Turn> turns, boolean quoteQuestion) {

    public AskContext {
        turns = List.copyOf(turns);
    }

    public static AskContext of(String question) {
        return new AskContext(question, List.of(), false);
    }

    public boolean isFollowUp() {
        return !turns.isEmpty();
    }

    /** The earlier questions, most recent first. */
    public List<String> earlier() {
        return turns.stream().map(Turn::question).toList();
    }
}
