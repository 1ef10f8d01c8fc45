package dev.picket.bot.discord.feedback;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.discord.feedback.*}: where votes on answers go.
 *
 * @param log      the JSON-lines feedback log
 * @param saltFile the secret salt for hashing user ids; created with a random salt when missing
 */
@ConfigurationProperties("picket.discord.feedback")
public record FeedbackProperties(@DefaultValue("data/feedback.jsonl") Path log,
                                 @DefaultValue("data/feedback.salt") Path saltFile) {
}
