package dev.picket.bot.discord.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One vote on one answer.
 *
 * @param userHash  the voter's Discord id, salted and hashed: votes can be told apart, not traced to a user
 * @param citations one "[n] Outlet, date — Headline" line per citation
 */
public record FeedbackEntry(Instant at, String answerId, String question, String answer, List<String> citations,
                            String mode, String userHash, Vote vote) {

    public FeedbackEntry {
        citations = List.copyOf(citations);
    }
}
