package dev.picket.bot.discord.ask;

import java.util.List;

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
        StringBuilder combined = new StringBuilder(followUp.strip());
        for (String previous : earlier) {
            String p = previous.strip();
            if (combined.length() + 1 + p.length() > maxLength) {
                break;
            }
            combined.append(' ').append(p);
        }
        return combined.toString();
    }
}
