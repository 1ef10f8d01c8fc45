package dev.picket.bot.discord.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.discord.limits.*}: how much the bot answers at once.
 *
 * @param questionsPerMinute    questions one user may ask a minute
 * @param maxConcurrentAnswers  answers written at the same time; later questions wait in a queue
 * @param maxQueued             questions that may wait; beyond that users are asked to try again later
 */
@ConfigurationProperties("picket.discord.limits")
public record LimitProperties(@DefaultValue("5") int questionsPerMinute,
                              @DefaultValue("4") int maxConcurrentAnswers,
                              @DefaultValue("50") int maxQueued) {

    public LimitProperties {
        if (questionsPerMinute < 1 || maxConcurrentAnswers < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("picket.discord.limits: questions-per-minute and "
                    + "max-concurrent-answers must be at least 1, max-queued at least 0");
        }
    }
}
