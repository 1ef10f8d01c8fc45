package dev.picket.bot.discord.ask;

import java.util.List;

import dev.picket.retrieval.Turn;

/**
 * Combines a follow-up with the questions before it. The follow-up comes first because its wording ("when…",
 * "how many…") says what kind of fact is wanted; the earlier questions add the topic it leaves out. The result is
 * cut, oldest question first, to the length a question may have.
 */
public final class DefaultFollowUpRewriter implements FollowUpRewriter {

    private final int maxLength;

    public DefaultFollowUpRewriter(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public String standalone(String followUp, List<String> earlier) {
        return Turn.combined(followUp, earlier.stream().map(Turn::of).toList(), maxLength);
    }
}
