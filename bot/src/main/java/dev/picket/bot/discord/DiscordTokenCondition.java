package dev.picket.bot.discord;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Discord beans exist only when {@code DISCORD_TOKEN} is set and not blank. */
final class DiscordTokenCondition implements Condition {

    static final String TOKEN = "DISCORD_TOKEN";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty(TOKEN);
        return token != null && !token.isBlank();
    }
}
