package dev.picket.bot.llm;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code picket.llm.provider} names an LLM, read by binding {@link LlmProperties} as the application
 * does, so the provider is parsed in one place. A value that names no provider counts as an LLM here: the
 * binding of {@link LlmProperties} itself then fails start-up with the list of valid ones, rather than picket
 * silently answering extractively.
 */
public class LlmEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment())
                ? ConditionOutcome.match("picket.llm.provider names an LLM")
                : ConditionOutcome.noMatch("picket.llm.provider is none");
    }

    static boolean enabled(Environment environment) {
        try {
            return Binder.get(environment).bindOrCreate(LlmProperties.PREFIX, LlmProperties.class).enabled();
        } catch (BindException e) {
            return true;
        }
    }

    /** The opposite: no LLM, so the extractive answerer answers. */
    public static class Off extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment())
                    ? ConditionOutcome.noMatch("picket.llm.provider names an LLM")
                    : ConditionOutcome.match("picket.llm.provider is none");
        }
    }
}
