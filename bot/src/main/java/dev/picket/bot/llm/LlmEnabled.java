package dev.picket.bot.llm;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code picket.llm.provider} is anything but {@code none}; a value that names no provider then
 * fails binding with the list of valid ones, rather than silently answering extractively.
 */
class LlmEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String provider = context.getEnvironment().getProperty("picket.llm.provider", "none").strip();
        return provider.equalsIgnoreCase("none")
                ? ConditionOutcome.noMatch("picket.llm.provider is none")
                : ConditionOutcome.match("picket.llm.provider is " + provider);
    }
}
