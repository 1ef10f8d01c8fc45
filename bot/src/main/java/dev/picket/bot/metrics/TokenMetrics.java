package dev.picket.bot.metrics;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the LLM's tokens, {@code picket.llm.tokens} tagged {@code type} input or output, from the usage the model
 * reports with each answer (OpenAI's {@code usage}, Ollama's eval counts). A reply without usage counts nothing:
 * no estimate is made, so the series are what the provider bills or reports.
 */
@Component
public final class TokenMetrics implements ChatModelListener {

    private final Counter input;
    private final Counter output;

    public TokenMetrics(MeterRegistry meters) {
        this.input = counter(meters, "input");
        this.output = counter(meters, "output");
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse() == null ? null : context.chatResponse().tokenUsage();
        if (usage == null) {
            return;
        }
        if (usage.inputTokenCount() != null) {
            input.increment(usage.inputTokenCount());
        }
        if (usage.outputTokenCount() != null) {
            output.increment(usage.outputTokenCount());
        }
    }

    private static Counter counter(MeterRegistry meters, String type) {
        return Counter.builder("picket.llm.tokens").description("Tokens the LLM reported reading (input) or writing"
                + " (output)").baseUnit("tokens").tag("type", type).register(meters);
    }
}
