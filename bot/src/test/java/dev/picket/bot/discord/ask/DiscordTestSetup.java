package dev.picket.bot.discord.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.picket.bot.discord.Fixtures;
import dev.picket.bot.discord.MutableClock;
import dev.picket.bot.discord.feedback.RecentAnswers;
import dev.picket.bot.discord.format.AnswerFormatter;
import dev.picket.bot.discord.format.MessageSplitter;
import dev.picket.bot.discord.limits.AnswerQueue;
import dev.picket.bot.api.QuestionRateLimiter;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.StreamingAnswerer;

/** The plain parts of the bot, wired as in the app, around an answerer that records what it was asked. */
final class DiscordTestSetup implements AutoCloseable {

    static final Answer ANSWER = Fixtures.answer("@everyone 1,200 troops were deployed [1].",
            Fixtures.citation(1, "Sky News", LocalDate.of(2022, 12, 19), "Troops <@&55> called in", null));

    final List<String> asked = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock();
    final AnswerQueue queue = new AnswerQueue(2, 5);
    final AskHandler handler;
    final AskGate gate;

    DiscordTestSetup(Set<Long> allowedChannels, boolean allowDms) {
        handler = AskHandler.builder().answerer(StreamingAnswerer.of(q -> {
                    asked.add(q);
                    return ANSWER;
                }), false).rewriter(new DefaultFollowUpRewriter(1000))
                .formatter(new AnswerFormatter(new MessageSplitter(), () -> Fixtures.CORPUS))
                .recent(new RecentAnswers(10)).clock(clock).build();
        gate = new AskGate(allowedChannels, allowDms, 200, new QuestionRateLimiter(5, clock));
    }

    @Override
    public void close() {
        queue.close();
    }
}
