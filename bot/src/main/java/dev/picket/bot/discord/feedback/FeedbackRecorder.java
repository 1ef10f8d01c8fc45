package dev.picket.bot.discord.feedback;

import java.time.Clock;
import java.util.List;

import dev.picket.bot.discord.format.SourceLine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Turns a click on 👍 or 👎 into a feedback entry, once per user per answer, and counts it. */
public final class FeedbackRecorder {

    static final String UNKNOWN = "(no longer in memory)";

    private final FeedbackStore store;
    private final RecentAnswers recent;
    private final UserHasher hasher;
    private final MeterRegistry meters;
    private final Clock clock;

    public FeedbackRecorder(FeedbackStore store, RecentAnswers recent, UserHasher hasher, MeterRegistry meters,
                            Clock clock) {
        this.store = store;
        this.recent = recent;
        this.hasher = hasher;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param shownText the answer as the message shows it, logged when the answer is no longer remembered
     * @return false when this user had already voted on this answer
     */
    public boolean record(String answerId, String userId, Vote vote, String shownText) {
        var known = recent.find(answerId);
        FeedbackEntry entry = known.map(a -> new FeedbackEntry(clock.instant(), answerId, a.question(),
                        a.answer().answer(), a.answer().citations().stream().map(SourceLine::of).toList(),
                        a.answer().mode(), hasher.hash(userId), vote))
                .orElseGet(() -> new FeedbackEntry(clock.instant(), answerId, UNKNOWN, shownText, List.of(),
                        UNKNOWN, hasher.hash(userId), vote));
        boolean recorded = store.record(entry);
        if (recorded) {
            Counter.builder("picket.feedback.votes").description("Votes on Discord answers")
                    .tag("vote", vote.name().toLowerCase(java.util.Locale.ROOT)).register(meters).increment();
        }
        return recorded;
    }
}
