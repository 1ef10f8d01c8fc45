package dev.picket.bot.discord.ask;

import java.util.List;

/**
 * A question as asked in Discord.
 *
 * @param question       the user's text, checked
 * @param earlier        the earlier questions of the reply chain, most recent first; empty for a new question
 * @param quoteQuestion  whether the answer repeats the question on top (where the question is not shown above it)
 */
public record AskContext(String question, List<String> earlier, boolean quoteQuestion) {

    public AskContext {
        earlier = List.copyOf(earlier);
    }

    public static AskContext of(String question) {
        return new AskContext(question, List.of(), false);
    }

    public boolean isFollowUp() {
        return !earlier.isEmpty();
    }
}
