package dev.picket.bot.discord.ask;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import dev.picket.bot.ask.QuestionCheck;
import dev.picket.bot.ask.Questions;
import dev.picket.bot.api.QuestionRateLimiter;

/** The checks a question passes in Discord before any work is queued: where, what, and how often. */
public final class AskGate {

    private final Set<Long> allowedChannels;
    private final boolean allowDms;
    private final int maxLength;
    private final QuestionRateLimiter limiter;

    public AskGate(Set<Long> allowedChannels, boolean allowDms, int maxLength, QuestionRateLimiter limiter) {
        this.allowedChannels = Set.copyOf(allowedChannels);
        this.allowDms = allowDms;
        this.maxLength = maxLength;
        this.limiter = limiter;
    }

    /**
     * @param channelId the channel asked in
     * @param parentId  the thread's parent channel, or 0 when not in a thread
     */
    public boolean answersIn(boolean inServer, long channelId, long parentId) {
        if (!inServer) {
            return allowDms;
        }
        return allowedChannels.isEmpty() || allowedChannels.contains(channelId) || allowedChannels.contains(parentId);
    }

    /** What is wrong with the question, if anything, in words for the asker. */
    public Optional<String> problem(String question) {
        return switch (Questions.check(question, maxLength)) {
            case QuestionCheck.Accepted accepted -> Optional.empty();
            case QuestionCheck.TooLong tooLong -> Optional.of("Your question is " + tooLong.length()
                    + " characters long; please keep it to " + tooLong.limit() + ".");
            case QuestionCheck.Empty empty -> Optional.of("Ask me a question about the NHS strikes, e.g. \"When did "
                    + "the ambulance workers strike?\"");
        };
    }

    /** The question as it will be searched: stripped and clean of control characters; it has no problem. */
    public String clean(String question) {
        return Questions.check(question, maxLength).orElseThrow(IllegalArgumentException::new);
    }

    /** Counts the question against the user's allowance; says when to try again if it is used up. */
    public Optional<String> rateLimited(String userId) {
        Duration wait = limiter.tryAcquire(userId);
        if (wait.isZero()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Optional.of("You're asking faster than I can keep up with. Please try again in " + seconds + " s.");
    }

    public static String queued(int position) {
        return "You're number " + position + " in the queue; I'll answer as soon as I can.";
    }

    public static String busy() {
        return "I'm answering a lot of questions right now. Please try again in a minute.";
    }
}
