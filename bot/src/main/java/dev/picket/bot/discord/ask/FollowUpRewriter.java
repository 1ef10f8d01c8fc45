package dev.picket.bot.discord.ask;

import java.util.List;

/** Turns a follow-up into a question that stands on its own, from the earlier questions of its reply chain. */
@FunctionalInterface
public interface FollowUpRewriter {

    /** @param earlier the earlier questions, most recent first; never empty */
    String standalone(String followUp, List<String> earlier);
}
